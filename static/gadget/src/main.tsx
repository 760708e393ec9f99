import { mount } from '../../common/mount';
import { Gadget } from './components/gadget';

mount(<Gadget />);
