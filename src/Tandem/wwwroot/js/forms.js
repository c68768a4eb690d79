// After a refused submit the page (or the part htmx swapped in) comes back with its errors: focus goes to the first
// field in error, or to the refusal itself when the form has no fields, so keyboard and screen-reader users start
// where the problem is. A page someone merely opens is left alone: the server marks a page that answers a POST.
(() => {
  function focusFirstError(root) {
    const field = root.querySelector('[aria-invalid="true"]');
    if (field) {
      field.focus();
      return;
    }
    const refusal = root.querySelector('.notice.bad[role="alert"]');
    if (refusal) {
      refusal.tabIndex = -1;
      refusal.focus();
    }
  }

  if (document.body.dataset.answersPost !== undefined) focusFirstError(document);
  document.body.addEventListener("htmx:afterSettle", (event) => {
    if (event.detail.requestConfig?.verb !== "get") focusFirstError(event.detail.elt);
  });
})();
