package cn.xxgk.request.entity;

import java.util.Objects;

/**
 * An identity document number as the request keeps it: encrypted, its keyed hash, its masked form.
 * The plain number never reaches the entity.
 */
public record ProtectedIdNumber(byte[] cipher, byte[] hash, String masked) {

    public ProtectedIdNumber {
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(masked, "masked");
    }
}
