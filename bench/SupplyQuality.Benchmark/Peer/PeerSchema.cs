namespace SupplyQuality.Benchmark.Peer;

/// <summary>
/// The conventional design: one row per receipt, NCR, 8D and escalation change, the indexes the scorecard and the
/// board need (covering, so the aggregates can be answered from the index), foreign keys as the hub's sourcing check,
/// and no rollup table of any kind: every figure is computed from the rows when it is read.
/// </summary>
public static class PeerSchema
{
    public const string Create = """
        CREATE TABLE oems (
            oem_id text PRIMARY KEY,
            name text NOT NULL,
            name_zh text NOT NULL DEFAULT '',
            containment_due interval NOT NULL,
            root_cause_due interval NOT NULL,
            closure_due interval NOT NULL,
            ppm_target double precision NOT NULL,
            lot_acceptance_floor double precision NOT NULL,
            ppm_weight double precision NOT NULL,
            lot_acceptance_weight double precision NOT NULL,
            critical_weight double precision NOT NULL,
            major_weight double precision NOT NULL,
            overdue_weight double precision NOT NULL,
            repeat_weight double precision NOT NULL,
            escalation_weight double precision NOT NULL,
            trend_weight double precision NOT NULL);

        CREATE TABLE suppliers (
            supplier_id text PRIMARY KEY,
            name text NOT NULL,
            name_zh text NOT NULL DEFAULT '');

        CREATE TABLE parts (
            part_number text PRIMARY KEY,
            description text NOT NULL DEFAULT '',
            description_zh text NOT NULL DEFAULT '');

        CREATE TABLE sourcing (
            oem_id text NOT NULL REFERENCES oems,
            supplier_id text NOT NULL REFERENCES suppliers,
            part_number text NOT NULL REFERENCES parts,
            PRIMARY KEY (oem_id, supplier_id, part_number));

        -- decision: 1 accepted, 2 rejected (the API's LotDecision numbers).
        CREATE TABLE receipts (
            receipt_id text PRIMARY KEY,
            oem_id text NOT NULL,
            supplier_id text NOT NULL,
            part_number text NOT NULL,
            lot_number text NOT NULL,
            quantity_received bigint NOT NULL CHECK (quantity_received > 0),
            quantity_inspected bigint NOT NULL,
            quantity_rejected bigint NOT NULL,
            decision smallint NOT NULL,
            received_at timestamptz NOT NULL,
            recorded_by text NOT NULL,
            recorded_at timestamptz NOT NULL DEFAULT now(),
            FOREIGN KEY (oem_id, supplier_id, part_number) REFERENCES sourcing);
        CREATE INDEX receipts_relation_received ON receipts (oem_id, supplier_id, received_at)
            INCLUDE (quantity_received, quantity_inspected, decision);

        -- severity: 1 critical, 2 major, 3 minor; status: 1 open, 2 contained, 3 closed (the API's numbers).
        -- seq is the order NCRs were recorded in: an NCR repeats a defect when one recorded before it has the same
        -- part and defect code within 90 days of it, as the hub decides.
        CREATE TABLE ncrs (
            ncr_id text PRIMARY KEY,
            seq bigint GENERATED ALWAYS AS IDENTITY,
            oem_id text NOT NULL,
            supplier_id text NOT NULL,
            part_number text NOT NULL,
            lot_number text NOT NULL,
            defective_quantity bigint NOT NULL CHECK (defective_quantity > 0),
            defect_code text NOT NULL,
            severity smallint NOT NULL,
            detection_point smallint NOT NULL,
            description text NOT NULL,
            cost_amount numeric(18, 4) NOT NULL DEFAULT 0,
            cost_currency text NOT NULL DEFAULT '',
            detected_at timestamptz NOT NULL,
            raised_by text NOT NULL,
            raised_at timestamptz NOT NULL DEFAULT now(),
            status smallint NOT NULL DEFAULT 1,
            eight_d_id text,
            FOREIGN KEY (oem_id, supplier_id, part_number) REFERENCES sourcing);
        CREATE INDEX ncrs_relation_detected ON ncrs (oem_id, supplier_id, detected_at)
            INCLUDE (defective_quantity, severity, status, cost_amount, cost_currency, defect_code, part_number, seq);
        CREATE INDEX ncrs_repeat_lookup ON ncrs (oem_id, supplier_id, part_number, defect_code, detected_at) INCLUDE (seq);
        CREATE INDEX ncrs_unclosed ON ncrs (oem_id, supplier_id, severity) WHERE status <> 3;

        -- status: 1 open, 2 closed. Milestones: due from the OEM's policy at the request; met when approved.
        CREATE TABLE eight_ds (
            eight_d_id text PRIMARY KEY,
            oem_id text NOT NULL,
            supplier_id text NOT NULL,
            title text NOT NULL,
            status smallint NOT NULL DEFAULT 1,
            requested_at timestamptz NOT NULL,
            requested_by text NOT NULL,
            containment_due timestamptz NOT NULL,
            containment_met timestamptz,
            root_cause_due timestamptz NOT NULL,
            root_cause_met timestamptz,
            closure_due timestamptz NOT NULL,
            closure_met timestamptz,
            closed_at timestamptz);
        CREATE INDEX eight_ds_relation ON eight_ds (oem_id, supplier_id);
        CREATE INDEX eight_ds_open ON eight_ds (oem_id, requested_at) WHERE status = 1;

        -- level: the API's EscalationLevel numbers; the newest change of a relation is its level.
        CREATE TABLE escalations (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            oem_id text NOT NULL,
            supplier_id text NOT NULL,
            level smallint NOT NULL,
            reason text NOT NULL,
            actor text NOT NULL,
            changed_at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX escalations_relation ON escalations (oem_id, supplier_id, seq DESC) INCLUDE (level);
        """;
}
