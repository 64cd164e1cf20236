// What makes the page wider than its viewport: the innermost elements that stick out, where a fix goes. Tables
// scroll inside their own container, which reflow allows.
var root = document.documentElement;
var over = root.scrollWidth - root.clientWidth;
if (over <= 0) {
	return '';
}
var width = root.clientWidth;
var culprits = Array.prototype.filter.call(document.body.querySelectorAll('*'), function (el) {
	if (el.closest('.table-responsive') || el.getBoundingClientRect().right <= width + 0.5) {
		return false;
	}
	return !Array.prototype.some.call(el.children, function (child) {
		return child.getBoundingClientRect().right > width + 0.5;
	});
}).slice(0, 3).map(function (el) {
	var classes = (typeof el.className === 'string' && el.className.trim()) ? '.' + el.className.trim().split(' ').join('.') : '';
	return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + classes + ' to ' + Math.round(el.getBoundingClientRect().right) + ' px';
});
return over + ' px wider than a 320 px screen: ' + culprits.join(', ');
