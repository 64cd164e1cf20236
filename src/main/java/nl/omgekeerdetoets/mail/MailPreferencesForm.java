package nl.omgekeerdetoets.mail;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What someone wants by mail: the kinds turned on, at once or in a daily digest, and the
 * language. The checkboxes send the kinds turned on; a kind not sent is off.
 */
class MailPreferencesForm {

	private Set<MailKind> kinds = EnumSet.noneOf(MailKind.class);

	private boolean digest;

	@NotNull(message = "{mail.preferences.language.required}")
	@Pattern(regexp = "nl|en", message = "{mail.preferences.language.required}")
	private String language;

	private long version;

	static MailPreferencesForm from(MailPreferences.Choice choice, List<MailKind> offered, String language) {
		MailPreferencesForm form = new MailPreferencesForm();
		offered.stream().filter((kind) -> !choice.kindsOff().contains(kind)).forEach(form.kinds::add);
		form.digest = choice.digest();
		form.language = language;
		form.version = choice.version();
		return form;
	}

	public Set<MailKind> getKinds() {
		return this.kinds;
	}

	public void setKinds(Set<MailKind> kinds) {
		this.kinds = (kinds != null) ? kinds : EnumSet.noneOf(MailKind.class);
	}

	public boolean isDigest() {
		return this.digest;
	}

	public void setDigest(boolean digest) {
		this.digest = digest;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
