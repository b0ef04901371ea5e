package dev.preflight.storage.deployment;

import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.template.Template;
import dev.preflight.storage.sqlite.SqliteDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The store contract on a real SQLite file; each store opens its own {@link SqliteDatabase} on that file. */
class SqliteDeploymentStoreTest extends DeploymentStoreContract {

    @TempDir
    Path dir;

    private final List<SqliteDatabase> databases = new ArrayList<>();

    @Override
    protected DeploymentStore openStore(Function<String, Template> templateParser) {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("preflight.db"));
        databases.add(db);
        return new SqliteDeploymentStore(db, templateParser);
    }

    @Override
    protected void closeDatabases() {
        databases.forEach(SqliteDatabase::close);
    }

    @Override
    protected boolean ping() {
        return databases.get(databases.size() - 1).ping();
    }

    @AfterEach
    void closeEverything() {
        closeDatabases();
    }
}
