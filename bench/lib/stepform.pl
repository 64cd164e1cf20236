#!/usr/bin/perl
# Reads a step page (HTML) on stdin and prints what the browser's autosave sends (casework.js: FormData of the
# step form plus autosave=true), as four tab-separated fields:
#   _csrf token, version, the other fields url-encoded (without version and ownStrength), ownStrength url-encoded
# Only what the effect step holds is read: hidden and text inputs, textareas, checked radios and checkboxes.
use strict;
use warnings;

local $/;
my $html = <STDIN>;
$html =~ m{<form\b[^>]*class="step-form"[^>]*>(.*?)</form>}s or die "no step form on the page\n";
my $form = $1;

sub attr {
	my ($tag, $name) = @_;
	return $tag =~ m{\b$name="([^"]*)"} ? decode($1) : undef;
}

sub decode {
	my ($s) = @_;
	$s =~ s/&lt;/</g;
	$s =~ s/&gt;/>/g;
	$s =~ s/&quot;/"/g;
	$s =~ s/&#39;/'/g;
	$s =~ s/&#x27;/'/g;
	$s =~ s/&#(\d+);/chr($1)/ge;
	$s =~ s/&#x([0-9a-fA-F]+);/chr(hex($1))/ge;
	$s =~ s/&amp;/&/g;
	return $s;
}

sub encode {
	my ($s) = @_;
	utf8::encode($s) if utf8::is_utf8($s);
	$s =~ s/([^A-Za-z0-9\-_.~ ])/sprintf('%%%02X', ord($1))/ge;
	$s =~ tr/ /+/;
	return $s;
}

my @fields;
while ($form =~ m{(<input\b[^>]*>)|<textarea\b([^>]*)>(.*?)</textarea>}sg) {
	if (defined $1) {
		my $tag = $1;
		my $type = lc(attr($tag, 'type') // 'text');
		my $name = attr($tag, 'name');
		next unless defined $name;
		next if $type eq 'submit' || $type eq 'button';
		next if ($type eq 'radio' || $type eq 'checkbox') && $tag !~ m{\bchecked\b};
		push @fields, [$name, attr($tag, 'value') // ''];
	}
	else {
		my ($attrs, $text) = ($2, $3);
		my $name = attr($attrs, 'name');
		next unless defined $name;
		$text =~ s/^\n//;    # the browser drops the newline right after <textarea>
		push @fields, [$name, decode($text)];
	}
}

my ($csrf, $version, $own) = ('', '', '');
my @rest;
for my $f (@fields) {
	my ($name, $value) = @$f;
	if ($name eq '_csrf') { $csrf = $value; }
	if ($name eq 'version') { $version = $value; next; }
	if ($name eq 'ownStrength') { $own = $value; next; }
	push @rest, encode($name) . '=' . encode($value);
}
die "no _csrf or version in the step form\n" if $csrf eq '' || $version eq '';
print join("\t", $csrf, $version, join('&', @rest), encode($own)), "\n";
