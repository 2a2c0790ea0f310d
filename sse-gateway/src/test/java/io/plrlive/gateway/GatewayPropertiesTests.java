package io.plrlive.gateway;

import java.time.Duration;
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

class GatewayPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesConfiguration.class)
		.withPropertyValues("gateway.stream-token.secret=" + StreamTokens.SECRET);

	@Test
	void defaultsToAHeartbeatEveryFifteenSeconds() {
		this.contextRunner.run((context) -> {
			GatewayProperties properties = context.getBean(GatewayProperties.class);
			assertThat(properties.heartbeat().interval()).isEqualTo(Duration.ofSeconds(15));
			assertThat(properties.maxConnectionsPerUser()).isEqualTo(8);
			assertThat(properties.slowSubscriber().maxLag()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.allowedOrigins()).containsExactly("http://localhost:8080");
			assertThat(properties.streamToken().toString()).doesNotContain(StreamTokens.SECRET);
		});
	}

	@Test
	void requiresTheStreamTokenKey() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withUserConfiguration(PropertiesConfiguration.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("gateway.streamToken")));
	}

	@Test
	void rejectsAStreamTokenKeyShorterThan256Bits() {
		this.contextRunner.withPropertyValues("gateway.stream-token.secret=too-short")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("gateway.streamToken.secret")));
	}

	@Test
	void rejectsAnAllowedOriginWithAPath() {
		this.contextRunner.withPropertyValues("gateway.allowed-origins=https://plr.example.edu/boards")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("gateway.allowedOrigins[0]")));
	}

	@Test
	void rejectsAHeartbeatThatProxiesWouldTimeOutBefore() {
		this.contextRunner.withPropertyValues("gateway.heartbeat.interval=60s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("gateway.heartbeat.interval")));
	}

	@Test
	void rejectsNoConnectionsPerUser() {
		this.contextRunner.withPropertyValues("gateway.max-connections-per-user=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("gateway.maxConnectionsPerUser")));
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
	@EnableConfigurationProperties(GatewayProperties.class)
	static class PropertiesConfiguration {

	}

}
