package nl.omgekeerdetoets.system;

import nl.omgekeerdetoets.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The layout links Bootstrap by its version; this fails when the pom's WebJar and the
 * layout drift apart.
 */
@IntegrationTest
class StaticResourcesTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void bootstrapFromTheWebJarIsServedWithoutSigningIn() {
		String layoutLink = this.mvc.perform(get("/login")).getResponse().getHeader("Content-Type");
		assertThat(layoutLink).startsWith("text/html");
		String body = new String(this.mvc.perform(get("/login")).getResponse().getContentAsByteArray());
		String href = body.replaceAll("(?s).*href=\"(/webjars/bootstrap/[^\"]+)\".*", "$1");
		assertThat(href).startsWith("/webjars/bootstrap/");
		assertThat(this.mvc.perform(get(href))).hasStatusOk();
		assertThat(this.mvc.perform(get("/css/app.css"))).hasStatusOk();
	}

	@Test
	void healthEndpointAnswersForOperators() {
		assertThat(this.mvc.perform(get("/actuator/health"))).hasStatusOk().bodyText().contains("UP");
	}

}
