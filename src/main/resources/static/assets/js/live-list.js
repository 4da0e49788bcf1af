// A list that is only worth watching fresh: the page asks for itself again every minute while it is in view.
(() => {
  setInterval(() => {
    if (document.visibilityState === 'visible') {
      location.reload();
    }
  }, 60000);
})();
