# Preflight: build with Maven on JDK 17, run on a slim JRE 17 as a non-root user.
# Configuration comes only from environment variables (see .env.example); mount a volume at /data
# for the SQLite database.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY .mvn .mvn
COPY commands/pom.xml commands/pom.xml
COPY storage/pom.xml storage/pom.xml
COPY bot/pom.xml bot/pom.xml
COPY bench/pom.xml bench/pom.xml
COPY commands/src commands/src
COPY storage/src storage/src
COPY bot/src bot/src
RUN mvn -B -q package -DskipTests -pl bot -am

FROM eclipse-temurin:17-jre
RUN groupadd --system preflight \
 && useradd --system --gid preflight --home-dir /app --shell /usr/sbin/nologin preflight \
 && mkdir -p /app /data \
 && chown preflight:preflight /data
COPY --from=build /src/bot/target/preflight.jar /app/preflight.jar
USER preflight
WORKDIR /app
ENV PREFLIGHT_DB=/data/preflight.db \
    PORT=3000 \
    JAVA_TOOL_OPTIONS="-Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -XX:MaxRAMPercentage=75"
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", "/app/preflight.jar", "health"]
ENTRYPOINT ["java", "-jar", "/app/preflight.jar"]
CMD ["serve"]
