// Charts over the situation report's tables (templates/situation/report.html), an enhancement only: the tables stay
// the accessible source of every figure, the chart repeats them for the eye and is hidden from screen readers. No
// inline script (the Content-Security-Policy allows scripts from this site only).
(function () {
  'use strict';
  function draw() {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    var colours = ['#1f5f8b', '#c0392b', '#2e7d32', '#8e44ad', '#b9770e'];
    document.querySelectorAll('table[data-chart]').forEach(function (table) {
      var measures = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      var itemColumn = measures.length - table.querySelector('tbody tr').querySelectorAll('td[data-value]').length;
      var labels = [];
      var data = measures.slice(itemColumn).map(function () { return []; });
      table.querySelectorAll('tbody tr:not(.total)').forEach(function (row) {
        var head = [row.querySelector('th').textContent.trim()];
        row.querySelectorAll('td:not([data-value])').forEach(function (td) {
          if (td.textContent.trim()) { head.push(td.textContent.trim()); }
        });
        labels.push(head.join(' – '));
        row.querySelectorAll('td[data-value]').forEach(function (td, i) {
          data[i].push(parseFloat(td.getAttribute('data-value')));
        });
      });
      var box = document.createElement('div');
      box.className = 'situation-chart no-print';
      box.setAttribute('aria-hidden', 'true');
      var canvas = document.createElement('canvas');
      box.appendChild(canvas);
      table.closest('.table-scroll').insertAdjacentElement('beforebegin', box);
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: labels,
          datasets: data.map(function (values, i) {
            return { label: measures[itemColumn + i], data: values, backgroundColor: colours[i % colours.length] };
          })
        },
        options: {
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: true,
          aspectRatio: window.innerWidth < 600 ? 1 : 2,
          animation: false,
          scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
        }
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
