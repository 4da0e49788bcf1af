// Says once that the story was read, when its page is seen: not when it is prerendered or opened in a background
// tab that is closed unseen. No cookie, nothing about the reader; the page itself stays cached.
(() => {
  const story = document.querySelector('[data-read]');
  if (!story || !navigator.sendBeacon) {
    return;
  }
  const read = () => {
    if (document.visibilityState === 'visible') {
      document.removeEventListener('visibilitychange', read);
      navigator.sendBeacon(story.dataset.read);
    }
  };
  document.addEventListener('visibilitychange', read);
  read();
})();
