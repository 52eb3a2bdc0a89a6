package cn.xxgk.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where packages are kept (XXGK_ARCHIVE_DIR): outside the web root, default {@code xxgk-archive}
 * under the server's working directory (the run command: target/run/archive). Back it up with the
 * database; two nodes must share it.
 */
@ApplicationScoped
public class ArchiveDirectory {

    @Inject
    @ConfigProperty(name = "xxgk.archive.dir", defaultValue = "xxgk-archive")
    String dir;

    public Path root() {
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
