// Search box: shows only the books whose text holds every word typed, as the reader types.
(function () {
  var form = document.querySelector('form.search');
  var input = document.getElementById('search');
  var status = document.getElementById('search-status');
  var books = Array.prototype.slice.call(document.querySelectorAll('li.book'));
  var none = document.querySelector('.no-match');
  if (!form || !input || !status || !none) return;
  // Same folding as searchable() in pipeline/catalog/catalog-entry.ts.
  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  }
  function filter() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    books.forEach(function (book) {
      var text = book.getAttribute('data-search') || '';
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      book.hidden = !match;
      if (match) shown += 1;
    });
    none.hidden = shown !== 0;
    status.textContent = words.length === 0 ? '' : shown + ' of ' + books.length + (books.length === 1 ? ' book' : ' books');
  }
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  input.addEventListener('input', filter);
  // Without this script the box would do nothing, so it is only shown when the script runs.
  form.hidden = false;
  filter();
})();
