import { I18nProvider } from '../../common/i18n/i18n-provider';
import { mount } from '../../common/mount';
import { Gadget } from './components/gadget';

mount(
  <I18nProvider>
    <Gadget />
  </I18nProvider>,
);
