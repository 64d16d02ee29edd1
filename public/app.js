// Progressive enhancements, started from data-module attributes. Every page works without this file.
const modules = {
  // Move focus to the error summary so screen readers announce it (GOV.UK pattern).
  'error-summary': (el) => el.focus(),
  // Submit a filter form when a select changes.
  'auto-submit': (el) => el.addEventListener('change', () => el.form?.requestSubmit()),
};
for (const el of document.querySelectorAll('[data-module]')) {
  for (const name of el.dataset.module.split(' ')) modules[name]?.(el);
}
