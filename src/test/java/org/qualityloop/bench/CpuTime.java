package org.qualityloop.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Processor time spent while a workload ran, split between this JVM and the rest of the machine (PostgreSQL, which
 * shares the two cores here): where a rate bound by the processors loses against the bare engine. Linux only: the
 * machine's busy time comes from /proc/stat, and without it nothing is measured.
 */
record CpuTime(long jvmNanos, long machineNanos) {

    private static final Path STAT = Path.of("/proc/stat");
    /** USER_HZ: the unit of /proc/stat, 100 on every Linux this runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static CpuTime now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new CpuTime(jvm, machineBusy());
    }

    /**
     * Milliseconds of processor time per operation since this one: this JVM's, and the rest of the machine's; null
     * where the machine's busy time cannot be read, or for no operation.
     */
    double[] perOperationUntilNow(int operations) {
        CpuTime after = now();
        if (operations == 0 || machineNanos < 0 || after.machineNanos < 0) {
            return null;
        }
        double jvm = (after.jvmNanos - jvmNanos) / 1e6 / operations;
        double machine = (after.machineNanos - machineNanos) / 1e6 / operations;
        return new double[] {jvm, Math.max(0, machine - jvm)};
    }

    /** user, nice, system, irq, softirq and steal of the first line of /proc/stat: all busy time of all cores. */
    private static long machineBusy() {
        if (!Files.isReadable(STAT)) {
            return -1;
        }
        try {
            long[] ticks = Arrays.stream(Files.readAllLines(STAT).get(0).trim().split("\\s+")).skip(1)
                    .mapToLong(Long::parseLong).toArray();
            return (ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7]) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }
}
