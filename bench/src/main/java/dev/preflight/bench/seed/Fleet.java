package dev.preflight.bench.seed;

/**
 * Where the seeded active deployments are, so that the seed tool and the load generator agree without a
 * shared file: deployments {@code 1..active} are active, {@code perChannel} to a channel, each rooted at a
 * thread whose reference follows from its id. Completed deployments take the ids after them.
 */
public record Fleet(int active, int perChannel) {

    public Fleet {
        if (active < 1 || perChannel < 1) {
            throw new IllegalArgumentException("a fleet needs at least one active deployment and one per channel");
        }
    }

    public String channelOf(long deployment) {
        return channel((deployment - 1) / perChannel);
    }

    public String threadOf(long deployment) {
        return String.format("1700000000.%06d", deployment);
    }

    /** The reference of the {@code index}th message (from 1) in a deployment's thread, after its root. */
    public static String messageOf(long deployment, int index) {
        return (1_710_000_000L + deployment) + "." + String.format("%06d", index);
    }

    static String channel(long index) {
        return String.format("CBENCH%05d", index);
    }

    /** The channel that completed deployments are filed under, apart from the active ones. */
    static String archiveChannel() {
        return "CARCHIVE";
    }
}
