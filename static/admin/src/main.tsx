import { mount } from '../../common/mount';
import { AdminPage } from './admin-page';

mount(<AdminPage />);
