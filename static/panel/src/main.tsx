import { mount } from '../../common/mount';
import { IncidentPanel } from './components/incident-panel';

mount(<IncidentPanel />);
