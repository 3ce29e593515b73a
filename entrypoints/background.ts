export default defineBackground(() => {
  console.log('Panelist background ready', browser.runtime.id);
});
