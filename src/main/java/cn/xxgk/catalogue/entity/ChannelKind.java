package cn.xxgk.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A publication channel (发布渠道, seed 二(一); Art. 23): the seed's five are built in, the office adds
 * the agency's own (a WeChat account, a service hall's screen ...). Never deleted, since published
 * entries name it; a retired one is no longer offered for new publications.
 */
@Entity
@Table(name = "publication_channel_kind")
public class ChannelKind {

    public static final int MAX_NAME = 100;

    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @Version
    private long version;

    protected ChannelKind() {
    }

    public ChannelKind(String code, String name, int position) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name).strip();
        this.position = position;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public boolean isBuiltIn() { return builtIn; }
    public long getVersion() { return version; }
}
