package io.plrlive.launcher;

import io.plrlive.capture.ChangeCaptureApplication;
import io.plrlive.gateway.SseGatewayApplication;
import io.plrlive.ranking.ScoreAggregatorApplication;
import io.plrlive.web.WebUiApplication;

/**
 * The four apps, in the order the launcher starts them: the pipeline from the database
 * outwards, and the pages last, so that everything they link to is up.
 */
enum Service {

	CHANGE_CAPTURE(ChangeCaptureApplication.class, ChangeCaptureApplication.CONFIG_NAME, false),

	SCORE_AGGREGATOR(ScoreAggregatorApplication.class, ScoreAggregatorApplication.CONFIG_NAME, false),

	SSE_GATEWAY(SseGatewayApplication.class, SseGatewayApplication.CONFIG_NAME, false),

	WEB_UI(WebUiApplication.class, WebUiApplication.CONFIG_NAME, true);

	private final Class<?> application;

	private final String configName;

	private final boolean usesDatabase;

	Service(Class<?> application, String configName, boolean usesDatabase) {
		this.application = application;
		this.configName = configName;
		this.usesDatabase = usesDatabase;
	}

	Class<?> application() {
		return this.application;
	}

	String configName() {
		return this.configName;
	}

	boolean usesDatabase() {
		return this.usesDatabase;
	}

}
