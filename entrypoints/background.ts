import { registerPanelToggle } from '@/utils/panel-toggle';
export default defineBackground(() => {
  registerPanelToggle();
  console.log('Panelist background ready', browser.runtime.id);
});
