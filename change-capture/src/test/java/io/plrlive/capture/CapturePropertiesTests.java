package io.plrlive.capture;

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

class CapturePropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesConfiguration.class)
		.withPropertyValues("capture.database.url=jdbc:postgresql://db.example.org:5432/prairielearn",
				"capture.database.username=plr_capture");

	@Test
	void defaultsCaptureBothPathsOnPlrsSlotAndPublication() {
		this.contextRunner.run((context) -> {
			CaptureProperties properties = context.getBean(CaptureProperties.class);
			assertThat(properties.listen().enabled()).isTrue();
			assertThat(properties.cdc().enabled()).isTrue();
			assertThat(properties.cdc().pollInterval()).hasMillis(10);
			assertThat(properties.cdc().slotName()).isEqualTo("plr_capture");
			assertThat(properties.cdc().publicationName()).isEqualTo("plr_capture");
		});
	}

	@Test
	void rejectsASlotNameThatIsNotALowerCaseIdentifier() {
		this.contextRunner.withPropertyValues("capture.cdc.slot-name=PLR-Capture")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("capture.cdc.slotName"))
				.hasMessageContaining("PLR-Capture"));
	}

	@Test
	void rejectsADatabaseUrlThatIsNotPostgres() {
		this.contextRunner.withPropertyValues("capture.database.url=jdbc:mysql://localhost/plr")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("capture.database.url")));
	}

	@Test
	void rejectsABackoffThatStartsAboveItsMaximum() {
		this.contextRunner
			.withPropertyValues("capture.listen.reconnect-backoff=10s", "capture.listen.reconnect-backoff-max=1s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex))
							.containsExactly("capture.listen.reconnectBackoffOrdered"))
				.hasMessageContaining("reconnect-backoff must not exceed reconnect-backoff-max"));
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
	@EnableConfigurationProperties(CaptureProperties.class)
	static class PropertiesConfiguration {

	}

}
