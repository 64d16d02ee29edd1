// Progressive enhancements, started from data-module attributes. Every page works without this file.
const modules = {
  // Move focus to the error summary so it is read first (GOV.UK Frontend): focusable only while focused.
  'error-summary': (el) => {
    el.setAttribute('tabindex', '-1');
    el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
    el.focus();
  },
  // Submit a filter form when a select changes.
  'auto-submit': (el) => el.addEventListener('change', () => el.form?.requestSubmit()),
};
for (const el of document.querySelectorAll('[data-module]')) {
  for (const name of el.dataset.module.split(' ')) modules[name]?.(el);
}
