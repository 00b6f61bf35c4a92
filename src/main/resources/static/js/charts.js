// Charts drawn from the tables beside them: the table is the page's content (read by screen readers, printed,
// shown without JavaScript); a chart is only a picture of one of its columns. A table opts in with
// data-chart="bar" or "line", data-chart-column (which data cell of each row, from 0, or "last") and optionally
// data-chart-max (the value axis's top, 100 for percentages). A cell's data-value, when present, wins over its text.
(function () {
  'use strict';

  function number(cell) {
    if (!cell) { return null; }
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
    var value = parseFloat(String(raw).replace(/\s/g, '').replace(',', '.'));
    return isNaN(value) ? null : value;
  }

  function title(table) {
    var caption = table.querySelector('caption');
    if (caption) { return caption.textContent.trim(); }
    var by = table.getAttribute('aria-labelledby');
    var heading = by && document.getElementById(by);
    return heading ? heading.textContent.trim() : '';
  }

  function draw(table) {
    var type = table.getAttribute('data-chart');
    var column = table.getAttribute('data-chart-column') || '0';
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var head = row.querySelector('th');
      var cells = row.querySelectorAll('td');
      var cell = column === 'last' ? cells[cells.length - 1] : cells[parseInt(column, 10)];
      labels.push(head ? head.textContent.trim() : '');
      values.push(number(cell));
    });
    // nothing but zeros: the table (and its empty state) says it better than an empty chart
    if (!values.some(function (v) { return v; })) { return; }
    var headers = table.querySelectorAll('thead th');
    var series = column === 'last' ? headers[headers.length - 1] : headers[parseInt(column, 10) + 1];
    var box = document.createElement('div');
    box.className = 'chart';
    var canvas = document.createElement('canvas');
    // the table beside it says the same in words and numbers
    canvas.setAttribute('aria-hidden', 'true');
    box.appendChild(canvas);
    var region = table.closest('.table-scroll') || table;
    region.parentNode.insertBefore(box, region);
    var style = getComputedStyle(document.documentElement);
    var colour = style.getPropertyValue('--pico-primary').trim() || '#1f5f99';
    var max = table.getAttribute('data-chart-max');
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    new window.Chart(canvas, {
      type: type === 'line' ? 'line' : 'bar',
      data: {
        labels: labels,
        datasets: [{
          label: series ? series.textContent.trim() : title(table),
          data: values,
          backgroundColor: colour,
          borderColor: colour,
          spanGaps: false
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: still ? false : undefined,
        plugins: { legend: { display: false }, title: { display: true, text: title(table) } },
        scales: { y: { beginAtZero: true, max: max ? parseFloat(max) : undefined, ticks: { precision: 0 } } }
      }
    });
  }

  function start() {
    if (!window.Chart) { return; }
    document.querySelectorAll('table[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
