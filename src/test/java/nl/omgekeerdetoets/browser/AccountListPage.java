package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin's list of accounts. */
final class AccountListPage extends Page {

	AccountListPage(WebDriver driver) {
		super(driver, "account list", at("/admin/accounts").and(has(By.cssSelector("form.filter-bar"))));
	}

	/** Follows the page's main button to the form for a new account. */
	AccountFormPage newAccount() {
		this.driver.findElement(By.cssSelector("#main .btn-primary")).click();
		return new AccountFormPage(this.driver);
	}

}
