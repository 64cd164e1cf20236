// Form controls whose border, or whose focus ring (the better of its two tones), does not reach 3:1 against the
// background next to it (WCAG 1.4.11). The first control of each kind is focused to read its ring, then left.
function rgb(c) {
	var m = /rgba?\(([^)]+)\)/.exec(c || '');
	if (!m) {
		return null;
	}
	var p = m[1].split(',').map(parseFloat);
	return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
}
function lum(c) {
	return [c.r, c.g, c.b].map(function (v) {
		v = v / 255;
		return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
	}).reduce(function (sum, v, i) {
		return sum + v * [0.2126, 0.7152, 0.0722][i];
	}, 0);
}
function ratio(a, b) {
	var x = lum(a), y = lum(b);
	return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
function background(el) {
	for (; el; el = el.parentElement) {
		var c = rgb(getComputedStyle(el).backgroundColor);
		if (c && c.a > 0) {
			return c;
		}
	}
	return { r: 255, g: 255, b: 255, a: 1 };
}
function name(el) {
	return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.type ? '[type=' + el.type + ']' : '');
}
var problems = [];
var focused = {};
document.querySelectorAll('main input:not([type=hidden]), main select, main textarea').forEach(function (el) {
	if (el.offsetParent === null) {
		return;
	}
	var bg = background(el.parentElement);
	var border = rgb(getComputedStyle(el).borderTopColor);
	// A focused control shows the focus colours instead; its ring is checked below.
	if (border && el !== document.activeElement && ratio(border, bg) < 3) {
		problems.push('border of ' + name(el) + ' ' + ratio(border, bg).toFixed(2) + ':1');
	}
	var kind = el.tagName + el.type;
	if (focused[kind]) {
		return;
	}
	focused[kind] = true;
	// Read the ring as it ends up, not at the start of Bootstrap's transition.
	var transition = el.style.transition;
	el.style.transition = 'none';
	el.focus({ preventScroll: true });
	var style = getComputedStyle(el);
	var tones = [rgb(style.outlineColor), rgb(style.boxShadow)].filter(function (c) {
		return c && c.a > 0;
	});
	var best = Math.max.apply(null, tones.map(function (c) {
		return ratio(c, bg);
	}).concat([0]));
	if (best < 3) {
		problems.push('focus ring of ' + name(el) + ' ' + best.toFixed(2) + ':1');
	}
	el.blur();
	el.style.transition = transition;
});
return problems;
