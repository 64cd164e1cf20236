// Makes the case pages nicer; every page works without this file.
// - Autosave: a step form is saved as a draft a few seconds after the user stops typing.
// - A copy of what is typed is kept in this browser (localStorage, under the user's and the case's key) until the
//   server has it, so an expired session, a lost connection or a closed tab never throws text away: the step page
//   offers to put it back, in this tab or another. Copies are removed once saved, when the user logs out, and after
//   DRAFT_DAYS in any case, because they hold case text on a shared workplace.
// - A warning shortly before the session expires, with a button to stay logged in.
// - A print button on the case page.
(function () {
	'use strict';

	var AUTOSAVE_DELAY_MS = 3000;
	var WARN_BEFORE_EXPIRY_MS = 5 * 60 * 1000;
	var DRAFT_PREFIX = 'ot-draft-';
	var DRAFT_DAYS = 4;

	var drafts = {
		read: function (key) {
			try {
				var draft = JSON.parse(window.localStorage.getItem(key));
				return draft && draft.fields ? draft.fields : null;
			} catch (e) {
				return null;
			}
		},
		write: function (key, fields) {
			try {
				window.localStorage.setItem(key, JSON.stringify({ at: Date.now(), fields: fields }));
			} catch (e) {
				// Storage full or refused: the text is still on the page.
			}
		},
		remove: function (key) {
			window.localStorage.removeItem(key);
		},
		// Removes every draft whose key starts with the prefix, or (without a prefix) every draft past its days.
		sweep: function (prefix) {
			var oldest = Date.now() - DRAFT_DAYS * 24 * 60 * 60 * 1000;
			var doomed = [];
			for (var i = 0; i < window.localStorage.length; i++) {
				var key = window.localStorage.key(i);
				if (key === null || key.indexOf(DRAFT_PREFIX) !== 0) {
					continue;
				}
				if (prefix) {
					if (key.indexOf(prefix) === 0) {
						doomed.push(key);
					}
					continue;
				}
				var at = 0;
				try {
					at = JSON.parse(window.localStorage.getItem(key)).at || 0;
				} catch (e) {
					at = 0;
				}
				if (at < oldest) {
					doomed.push(key);
				}
			}
			doomed.forEach(function (key) {
				window.localStorage.removeItem(key);
			});
		}
	};

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
		var key = DRAFT_PREFIX + form.getAttribute('data-draft-key');
		var timer = null;
		var dirty = false;
		var inflight = null;

		function say(name) {
			if (status) {
				status.textContent = status.getAttribute('data-' + name) || '';
			}
		}

		// Offer to put back text that never reached the server.
		var stored = drafts.read(key);
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
				drafts.remove(key);
				restore.hidden = true;
			});
		} else {
			drafts.remove(key);
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
					drafts.remove(key);
					say('saved');
					sessionClock.reset();
				} else if (response.status === 409) {
					say('conflict');
				} else if (response.status === 423) {
					// Submitted meanwhile (in another tab): nothing more is saved, the text stays on the page.
					say('closed');
				} else if (response.status === 422) {
					say('invalid');
				} else if (response.type === 'opaqueredirect') {
					// Only a form from an expired session is answered with a redirect (to log in again).
					say('expired');
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
			drafts.write(key, formFields(form));
			schedule();
		});
		form.addEventListener('change', function () {
			dirty = true;
			drafts.write(key, formFields(form));
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
		drafts.sweep(null);
		var logout = document.querySelector('form[data-drafts]');
		if (logout) {
			logout.addEventListener('submit', function () {
				drafts.sweep(DRAFT_PREFIX + logout.getAttribute('data-drafts'));
			});
		}
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
		// A form that failed: the summary gets focus (screen readers read it at once) and the title says so first.
		var summary = document.getElementById('error-summary');
		if (summary) {
			var prefix = summary.getAttribute('data-title-prefix');
			if (prefix && document.title.indexOf(prefix) !== 0) {
				document.title = prefix + ' ' + document.title;
			}
			summary.focus();
		}
	});
})();
