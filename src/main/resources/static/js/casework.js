// Makes the case pages nicer; every page works without this file.
// - Autosave: a step form is saved as a draft a few seconds after the user stops typing.
// - A copy of what is typed is kept in this tab (sessionStorage) until the server has it, so an expired session or a
//   lost connection never throws text away; the page offers to put it back.
// - A warning shortly before the session expires, with a button to stay logged in.
// - A print button on the case page.
(function () {
	'use strict';

	var AUTOSAVE_DELAY_MS = 3000;
	var WARN_BEFORE_EXPIRY_MS = 5 * 60 * 1000;

	function formFields(form) {
		var values = {};
		Array.prototype.forEach.call(form.elements, function (el) {
			if (!el.name || el.type === 'hidden' || el.type === 'submit' || el.type === 'button') {
				return;
			}
			if (el.type === 'checkbox' || el.type === 'radio') {
				values[el.name + '=' + el.value] = el.checked;
			} else {
				values[el.name] = el.value;
			}
		});
		return values;
	}

	function restoreFields(form, values) {
		Array.prototype.forEach.call(form.elements, function (el) {
			if (!el.name) {
				return;
			}
			if (el.type === 'checkbox' || el.type === 'radio') {
				var key = el.name + '=' + el.value;
				if (key in values) {
					el.checked = values[key];
				}
			} else if (el.name in values && el.type !== 'hidden') {
				el.value = values[el.name];
			}
		});
	}

	function setupStepForm(form) {
		var status = document.querySelector('[data-autosave-status]');
		var key = 'ot-draft-' + form.getAttribute('data-draft-key');
		var timer = null;
		var dirty = false;
		var inflight = null;

		function say(name) {
			if (status) {
				status.textContent = status.getAttribute('data-' + name) || '';
			}
		}

		// Offer to put back text that never reached the server.
		var stored = null;
		try {
			stored = JSON.parse(window.sessionStorage.getItem(key));
		} catch (e) {
			stored = null;
		}
		var restore = document.querySelector('[data-restore]');
		// After a save (success message) or a refused save (error summary) the page shows what the server has or
		// what was typed: nothing to restore. Only a fresh page, e.g. after logging in again, may lack text.
		var serverHasInput = document.querySelector('.alert-success, #error-summary, .conflict-panel') !== null;
		if (stored && restore && !serverHasInput && JSON.stringify(stored) !== JSON.stringify(formFields(form))) {
			restore.hidden = false;
			restore.querySelector('[data-restore-yes]').addEventListener('click', function () {
				// Put the text back, but let the user look and save it: the page may hold a newer saved version.
				restoreFields(form, stored);
				restore.hidden = true;
			});
			restore.querySelector('[data-restore-no]').addEventListener('click', function () {
				window.sessionStorage.removeItem(key);
				restore.hidden = true;
			});
		} else {
			window.sessionStorage.removeItem(key);
		}

		function save() {
			timer = null;
			if (!dirty) {
				return;
			}
			// One autosave at a time, each with the version the previous one got back.
			if (inflight) {
				schedule();
				return;
			}
			dirty = false;
			say('saving');
			var data = new FormData(form);
			data.append('autosave', 'true');
			inflight = fetch(form.action, {
				method: 'POST',
				body: data,
				credentials: 'same-origin',
				redirect: 'manual',
				headers: { 'X-Requested-With': 'fetch' }
			}).then(function (response) {
				if (response.status === 204) {
					var version = response.headers.get('X-Case-Version');
					if (version) {
						form.querySelector('input[name="version"]').value = version;
					}
					window.sessionStorage.removeItem(key);
					say('saved');
					sessionClock.reset();
				} else if (response.status === 409) {
					say('conflict');
				} else if (response.status === 422) {
					say('invalid');
				} else {
					say('failed');
				}
			}).catch(function () {
				say('failed');
			}).then(function () {
				inflight = null;
			});
		}

		function schedule() {
			if (timer) {
				window.clearTimeout(timer);
			}
			timer = window.setTimeout(save, AUTOSAVE_DELAY_MS);
		}

		form.addEventListener('input', function () {
			dirty = true;
			window.sessionStorage.setItem(key, JSON.stringify(formFields(form)));
			schedule();
		});
		form.addEventListener('change', function () {
			dirty = true;
			window.sessionStorage.setItem(key, JSON.stringify(formFields(form)));
			schedule();
		});
		form.addEventListener('submit', function (event) {
			if (timer) {
				window.clearTimeout(timer);
			}
			// A save by button must carry the version the autosave just got back, or it would look like a
			// conflict with itself: wait for an autosave under way, then submit with the same button.
			if (inflight) {
				event.preventDefault();
				var submitter = event.submitter;
				inflight.then(function () {
					form.requestSubmit(submitter);
				});
			}
		});
	}

	var sessionClock = (function () {
		var panel = document.querySelector('[data-session-warning]');
		var warnTimer = null;
		function reset() {
			if (!panel) {
				return;
			}
			panel.hidden = true;
			if (warnTimer) {
				window.clearTimeout(warnTimer);
			}
			var timeoutMs = parseInt(panel.getAttribute('data-timeout'), 10) * 1000;
			warnTimer = window.setTimeout(function () {
				panel.hidden = false;
			}, Math.max(timeoutMs - WARN_BEFORE_EXPIRY_MS, 10000));
		}
		if (panel) {
			var button = panel.querySelector('[data-keep-alive]');
			button.addEventListener('click', function () {
				fetch(button.getAttribute('data-url'), { credentials: 'same-origin' }).then(reset);
			});
		}
		return { reset: reset };
	})();

	document.addEventListener('DOMContentLoaded', function () {
		var form = document.querySelector('form[data-autosave]');
		if (form) {
			setupStepForm(form);
		}
		sessionClock.reset();
		var print = document.querySelector('[data-print]');
		if (print) {
			print.hidden = false;
			print.addEventListener('click', function () {
				window.print();
			});
		}
		var summary = document.getElementById('error-summary');
		if (summary) {
			summary.focus();
		}
	});
})();
