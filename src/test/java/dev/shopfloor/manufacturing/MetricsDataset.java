package dev.shopfloor.manufacturing;

import java.util.UUID;

/**
 * The fixed week 2021-03-01..2021-03-07 the metrics test computes by hand. Each task's line says what it is
 * for; "Xh" after a transition is how long the stage visit it ends lasted (at - from_entered_at).
 *
 * <pre>
 * task  qty prio    due         status     finished (UTC)       QC checks (first first)     costs
 * T0     2  normal  -           done       03-01 00:00 (start)  -                           USD 12.00
 * T1    10  normal  -           done       03-03 10:00          pass 03-02                  EUR 120.00 + 30.00
 * T2     5  high    03-02       done late  03-05 16:00          fail 03-02, pass 03-03      EUR 80.00, USD 20.00
 * T3    20  normal  -           done       03-06 23:30          pass 03-05                  USD 200.00 + 40.00
 * T4     8  low     03-05       done, on the due day 03-05 23:00  fail 02-27 (before), pass 03-01  -
 * T5     4  urgent  03-06       done late  03-07 00:30 (UTC)    pass 03-06                  EUR 37.00
 * T6     7  normal  03-03       open, sewing                    fail 03-07                  EUR 999.00 (not done)
 * T7     3  urgent  -           open, queued                    -                           -
 * T8    50  normal  -           cancelled in cutting            -                           EUR 500.00 (not done)
 * T9     6  normal  03-10       done       03-08 00:00 (end, excluded)  pass 03-08 00:00    EUR 60.00
 * other manufacturer: T10 (100 units, done 03-03, due 03-01, QC fail first, EUR 1000.00), T11 (9, open, printing)
 * </pre>
 */
record MetricsDataset(UUID manufacturer, UUID otherManufacturer) {

    static MetricsDataset create(QueueFixtures rows) {
        UUID m = rows.manufacturer();
        UUID other = rows.manufacturer();

        UUID t0 = rows.task(m).quantity(2).done("2021-03-01T00:00:00Z").insert();
        rows.transition(t0, "packing", "done", "advance", "2021-02-28T00:00:00Z", "2021-03-01T00:00:00Z"); // 24h
        rows.cost(t0, "material", "12.00", "USD");

        UUID t1 = rows.task(m).quantity(10).done("2021-03-03T10:00:00Z").insert();
        rows.transition(t1, "queued", "cutting", "advance", "2021-03-01T08:00:00Z", "2021-03-01T10:00:00Z"); // 2h
        rows.transition(t1, "cutting", "qc", "advance", "2021-03-01T10:00:00Z", "2021-03-01T12:00:00Z"); // 2h
        rows.transition(t1, "qc", "packing", "qc_pass", "2021-03-01T12:00:00Z", "2021-03-02T09:00:00Z"); // 21h
        rows.transition(t1, "packing", "done", "advance", "2021-03-02T09:00:00Z", "2021-03-03T10:00:00Z"); // 25h
        rows.qcCheck(t1, true, null, "2021-03-02T09:00:00Z");
        rows.cost(t1, "material", "120.00", "EUR");
        rows.cost(t1, "labour", "30.00", "EUR");

        UUID t2 = rows.task(m)
                .quantity(5)
                .priority("high")
                .due("2021-03-02")
                .done("2021-03-05T16:00:00Z")
                .insert();
        rows.transition(t2, "queued", "cutting", "advance", "2021-03-01T20:00:00Z", "2021-03-02T08:00:00Z"); // 12h
        rows.transition(t2, "cutting", "qc", "advance", "2021-03-02T08:00:00Z", "2021-03-02T12:00:00Z"); // 4h
        rows.transition(t2, "qc", "cutting", "rework", "2021-03-02T12:00:00Z", "2021-03-02T14:00:00Z"); // 2h
        rows.transition(t2, "cutting", "qc", "advance", "2021-03-02T14:00:00Z", "2021-03-03T14:00:00Z"); // 24h
        rows.transition(t2, "qc", "packing", "qc_pass", "2021-03-03T14:00:00Z", "2021-03-03T15:00:00Z"); // 1h
        rows.transition(t2, "packing", "done", "advance", "2021-03-03T15:00:00Z", "2021-03-05T16:00:00Z"); // 49h
        rows.qcCheck(t2, false, "cutting", "2021-03-02T14:00:00Z");
        rows.qcCheck(t2, true, null, "2021-03-03T15:00:00Z");
        rows.cost(t2, "material", "80.00", "EUR");
        rows.cost(t2, "outside", "20.00", "USD");

        UUID t3 = rows.task(m).quantity(20).done("2021-03-06T23:30:00Z").insert();
        rows.transition(t3, "queued", "cutting", "advance", "2021-03-04T08:00:00Z", "2021-03-04T09:00:00Z"); // 1h
        rows.transition(t3, "cutting", "qc", "advance", "2021-03-04T09:00:00Z", "2021-03-04T15:00:00Z"); // 6h
        rows.transition(t3, "qc", "packing", "qc_pass", "2021-03-04T15:00:00Z", "2021-03-05T09:00:00Z"); // 18h
        rows.transition(t3, "packing", "done", "advance", "2021-03-05T09:00:00Z", "2021-03-06T23:30:00Z"); // 38.5h
        rows.qcCheck(t3, true, null, "2021-03-05T09:00:00Z");
        rows.cost(t3, "outside", "200.00", "USD");
        rows.cost(t3, "overhead", "40.00", "USD");

        UUID t4 = rows.task(m)
                .quantity(8)
                .priority("low")
                .due("2021-03-05")
                .done("2021-03-05T23:00:00Z")
                .insert();
        // before the range: neither this visit nor this first (failed) check counts
        rows.transition(t4, "qc", "cutting", "rework", "2021-02-27T08:00:00Z", "2021-02-27T10:00:00Z");
        rows.qcCheck(t4, false, "cutting", "2021-02-27T10:00:00Z");
        rows.transition(
                t4, "cutting", "qc", "advance", "2021-02-27T10:00:00Z", "2021-03-01T06:00:00Z"); // 44h (02-28 has 24h)
        rows.transition(t4, "qc", "packing", "qc_pass", "2021-03-01T06:00:00Z", "2021-03-01T07:00:00Z"); // 1h
        rows.qcCheck(t4, true, null, "2021-03-01T07:00:00Z");
        rows.transition(t4, "packing", "done", "advance", "2021-03-01T07:00:00Z", "2021-03-05T23:00:00Z"); // 112h

        UUID t5 = rows.task(m)
                .quantity(4)
                .priority("urgent")
                .due("2021-03-06")
                .done("2021-03-07T00:30:00Z")
                .insert();
        rows.transition(t5, "sewing", "qc", "advance", "2021-03-05T06:00:00Z", "2021-03-05T10:00:00Z"); // 4h
        rows.transition(t5, "qc", "packing", "qc_pass", "2021-03-05T10:00:00Z", "2021-03-06T00:30:00Z"); // 14.5h
        rows.transition(t5, "packing", "done", "advance", "2021-03-06T00:30:00Z", "2021-03-07T00:30:00Z"); // 24h
        rows.qcCheck(t5, true, null, "2021-03-06T00:30:00Z");
        rows.cost(t5, "labour", "37.00", "EUR");

        UUID t6 = rows.task(m)
                .quantity(7)
                .due("2021-03-03")
                .stage("sewing", "2021-03-07T09:00:00Z")
                .insert();
        rows.transition(t6, "queued", "cutting", "advance", "2021-03-06T07:00:00Z", "2021-03-06T08:00:00Z"); // 1h
        rows.transition(t6, "cutting", "sewing", "advance", "2021-03-06T08:00:00Z", "2021-03-06T18:00:00Z"); // 10h
        rows.transition(t6, "sewing", "qc", "advance", "2021-03-06T18:00:00Z", "2021-03-07T08:00:00Z"); // 14h
        rows.transition(t6, "qc", "sewing", "rework", "2021-03-07T08:00:00Z", "2021-03-07T09:00:00Z"); // 1h
        rows.qcCheck(t6, false, "sewing", "2021-03-07T09:00:00Z");
        rows.cost(t6, "material", "999.00", "EUR");

        rows.task(m)
                .quantity(3)
                .priority("urgent")
                .stage("queued", "2021-03-07T12:00:00Z")
                .insert(); // T7

        UUID t8 = rows.task(m)
                .quantity(50)
                .stage("cutting", "2021-03-04T10:00:00Z")
                .cancelled()
                .insert();
        rows.transition(t8, "cutting", "cutting", "cancel", "2021-03-04T10:00:00Z", "2021-03-04T12:00:00Z");
        rows.cost(t8, "material", "500.00", "EUR");

        UUID t9 = rows.task(m)
                .quantity(6)
                .due("2021-03-10")
                .done("2021-03-08T00:00:00Z")
                .insert();
        rows.transition(t9, "packing", "done", "advance", "2021-03-07T00:00:00Z", "2021-03-08T00:00:00Z");
        rows.qcCheck(t9, true, null, "2021-03-08T00:00:00Z");
        rows.cost(t9, "material", "60.00", "EUR");

        UUID t10 = rows.task(other)
                .quantity(100)
                .priority("urgent")
                .due("2021-03-01")
                .done("2021-03-03T12:00:00Z")
                .insert();
        rows.transition(t10, "cutting", "qc", "advance", "2021-03-02T00:00:00Z", "2021-03-02T05:00:00Z"); // 5h
        rows.qcCheck(t10, false, "cutting", "2021-03-02T05:00:00Z");
        rows.cost(t10, "outside", "1000.00", "EUR");
        rows.task(other).quantity(9).stage("printing", "2021-03-06T00:00:00Z").insert(); // T11

        return new MetricsDataset(m, other);
    }
}
