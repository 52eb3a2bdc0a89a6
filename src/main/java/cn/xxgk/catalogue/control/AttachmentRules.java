package cn.xxgk.catalogue.control;

import cn.xxgk.catalogue.entity.AttachmentType;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an attachment must be: not empty, not over the size limit ({@code xxgk.attachments.max-bytes},
 * 20 MB by default), of an allowed type as detected from its content, and named with an extension
 * that agrees with that content. A file whose name claims an allowed type its content is not (an
 * HTML page or a program renamed to .pdf) is refused as disguised; any other type as unsupported.
 */
@ApplicationScoped
public class AttachmentRules {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "xxgk.attachments.max-bytes", defaultValue = "" + DEFAULT_MAX_BYTES)
    long maxBytes;

    protected AttachmentRules() {
    }

    public AttachmentRules(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Refuses an empty file and one over the limit (the store stops reading one byte past it). */
    public void checkSize(long size) {
        if (size <= 0) {
            throw new InvalidInputException("attachment.invalid.empty");
        }
        if (size > maxBytes) {
            throw new InvalidInputException("attachment.invalid.tooLarge", limitText());
        }
    }

    /**
     * The type of an attachment named {@code fileName} (already sanitised) whose content was
     * detected as {@code detectedMediaType}.
     *
     * @throws InvalidInputException disguised (the name claims another type) or unsupported
     */
    public AttachmentType checkType(String fileName, String detectedMediaType) {
        String extension = AttachmentName.extension(fileName);
        Optional<AttachmentType> detected = AttachmentType.ofMediaType(detectedMediaType);
        if (detected.isPresent() && detected.get().allows(extension)) {
            return detected.get();
        }
        Optional<AttachmentType> claimed = AttachmentType.claimedBy(extension);
        if (claimed.isPresent()) {
            throw new InvalidInputException("attachment.invalid.disguised", fileName, "." + extension,
                    claimed.get().label(), detected.map(AttachmentType::label).orElse(detectedMediaType));
        }
        throw new InvalidInputException("attachment.invalid.unsupported", fileName, AttachmentType.allExtensionsText());
    }

    /** The limit as a person reads it: "20 MB", "512 KB", "1000 字节". */
    public String limitText() {
        if (maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) == 0) {
            return maxBytes / (1024 * 1024) + " MB";
        }
        if (maxBytes >= 1024 && maxBytes % 1024 == 0) {
            return maxBytes / 1024 + " KB";
        }
        return maxBytes + " B";
    }
}
