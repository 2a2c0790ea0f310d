# One image per service, built from this repository:
#   docker build --build-arg MODULE=sse-gateway -t plr-live/sse-gateway .
# docker-compose.yml builds all four.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
ARG MODULE
RUN test -n "${MODULE}" || (echo "Set --build-arg MODULE=change-capture|score-aggregator|sse-gateway|web-ui" && false)
RUN ./mvnw -B -ntp -q -DskipTests -pl "${MODULE}" -am package \
 && cp "${MODULE}"/target/"${MODULE}"-*-exec.jar /app.jar

FROM eclipse-temurin:17-jre
# curl for the health checks.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home plr
COPY --from=build /app.jar /opt/plr/app.jar
USER plr
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/plr/app.jar"]
