package io.plrlive.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class WebUiPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesConfiguration.class)
		.withPropertyValues("web.login=development", "web.stream-token.secret=" + "k".repeat(32));

	@Test
	void defaultsToTheLocalGateway() {
		this.contextRunner.run((context) -> assertThat(context.getBean(WebUiProperties.class).gatewayUrl())
			.isEqualTo("http://localhost:8081"));
	}

	@Test
	void requiresTheLoginToBeChosen() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withUserConfiguration(PropertiesConfiguration.class)
			.withPropertyValues("web.stream-token.secret=" + "k".repeat(32))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("web.login")));
	}

	@Test
	void rejectsAStreamTokenKeyShorterThan256BitsAndHidesIt() {
		this.contextRunner.withPropertyValues("web.stream-token.secret=short")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("web.streamToken.secret")));
		this.contextRunner.run((context) -> assertThat(context.getBean(WebUiProperties.class).toString())
			.doesNotContain("k".repeat(32)));
	}

	@Test
	void acceptsAnHttpsGatewayWithAPath() {
		this.contextRunner.withPropertyValues("web.gateway-url=https://plr.example.edu/stream")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void rejectsAGatewayUrlThatBrowsersCannotOpenAnEventStreamOn() {
		this.contextRunner.withPropertyValues("web.gateway-url=localhost:8081")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("web.gatewayUrl")));
	}

	// Named as Spring Boot's startup failure report names them ("Property: ...").
	private static List<String> invalidSettings(BindValidationException ex) {
		return ex.getValidationErrors()
			.getAllErrors()
			.stream()
			.map((error) -> error.getObjectName() + "." + ((FieldError) error).getField())
			.distinct()
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WebUiProperties.class)
	static class PropertiesConfiguration {

	}

}
