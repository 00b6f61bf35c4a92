// Announces the outcome of each htmx update in the layout's one polite live region (WCAG 4.1.3 status messages).
// The part of the page that htmx replaced carries its outcome in an element with data-announce, rendered on the
// server with the page's message bundle. data-announce="changes" (a list that refreshes by itself) is announced
// only when its outcome differs from the last one; any other value is announced after every update, so that
// filtering twice to the same count still says so.
(function () {
	var last = {};
	function outcome(element) {
		return element.textContent.replace(/\s+/g, ' ').trim();
	}
	// what the page said when it loaded counts as heard
	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('[data-announce=changes]').forEach(function (element) {
			last[element.id || 'default'] = outcome(element);
		});
	});
	document.addEventListener('htmx:afterSettle', function (event) {
		var region = document.getElementById('live-status');
		var root = event.target && event.target.isConnected ? event.target : document;
		var source = root.matches && root.matches('[data-announce]') ? root : root.querySelector('[data-announce]');
		if (!region || !source) {
			return;
		}
		var text = outcome(source);
		var key = source.id || 'default';
		if (source.getAttribute('data-announce') === 'changes' && last[key] === text) {
			return;
		}
		last[key] = text;
		// emptied first, so that screen readers hear the same words again as a new message
		region.textContent = '';
		setTimeout(function () { region.textContent = text; }, 100);
	});
}());

// The header menu is a <details> that folds on phones. On wide screens the style sheet shows it open without any
// script; this keeps its open state true to what is shown, for assistive technology and when the window is resized.
(function () {
	var wide = window.matchMedia('(min-width: 64rem)');
	function sync() {
		var menu = document.querySelector('.site-menu');
		if (menu) {
			menu.open = wide.matches;
		}
	}
	wide.addEventListener('change', sync);
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', sync);
	}
	else {
		sync();
	}
}());

// After a failed submit (WCAG 2.4.2, 3.3.1): the page title starts with "Fel: " / "Error: ", the error summary lists
// the errors in the order of the fields on the page, and focus moves to it so that it is read out first.
(function () {
	function ready() {
		var summary = document.querySelector('.error-summary[data-title-prefix]');
		if (!summary) {
			return;
		}
		var prefix = summary.getAttribute('data-title-prefix');
		if (document.title.indexOf(prefix) !== 0) {
			document.title = prefix + document.title;
		}
		var list = summary.querySelector('ul');
		if (list) {
			var items = Array.prototype.slice.call(list.children);
			var target = function (item) {
				var link = item.querySelector('a[href^="#"]');
				return link ? document.getElementById(link.getAttribute('href').substring(1)) : null;
			};
			items.sort(function (a, b) {
				var ta = target(a), tb = target(b);
				if (!ta || !tb || ta === tb) {
					return 0;
				}
				return ta.compareDocumentPosition(tb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
			});
			items.forEach(function (item) { list.appendChild(item); });
		}
		summary.focus();
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', ready);
	}
	else {
		ready();
	}
}());

// Five minutes before a signed-in person's session ends, a dialog says so and offers to stay (WCAG 2.2.1). The
// server renews the session on every request; each htmx request, and the event samverka:session-active, start the
// count again from the dialog's data-session-seconds.
(function () {
	var timer = null;
	function dialog() {
		return document.getElementById('session-warning');
	}
	function start() {
		var d = dialog();
		if (!d || typeof d.showModal !== 'function') {
			return;
		}
		clearTimeout(timer);
		var seconds = parseInt(d.getAttribute('data-session-seconds'), 10);
		var before = parseInt(d.getAttribute('data-warn-before'), 10);
		if (!(seconds > 0)) {
			return;
		}
		timer = setTimeout(function () {
			if (!d.open) {
				d.showModal();
			}
		}, Math.max(seconds - before, 0) * 1000);
	}
	function stay(event) {
		var form = event.target;
		if (!form || form.id !== 'session-stay-form') {
			return;
		}
		event.preventDefault();
		// form-encoded: the service reads no multipart bodies
		fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin', redirect: 'manual' })
			.then(function (response) {
				if (response.status !== 204) {
					// the session had already ended: the page itself shows the way to sign in again
					window.location.reload();
					return;
				}
				var d = dialog();
				d.close();
				var region = document.getElementById('live-status');
				if (region) {
					region.textContent = d.getAttribute('data-stayed');
				}
				start();
			});
	}
	document.addEventListener('submit', stay);
	document.addEventListener('htmx:afterRequest', start);
	document.addEventListener('samverka:session-active', start);
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());

// "Skriv ut": a print button is rendered hidden (a page works without JavaScript, printed from the browser's own
// menu); with this script it shows and opens the print dialog.
(function () {
	function ready() {
		document.querySelectorAll('.print-button[data-print]').forEach(function (button) {
			button.hidden = false;
			button.addEventListener('click', function () { window.print(); });
		});
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', ready);
	}
	else {
		ready();
	}
}());
