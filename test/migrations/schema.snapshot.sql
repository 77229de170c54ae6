-- The database schema after every migration, written by test/migrations/schema-types.test.ts.
-- Do not edit: after adding a migration, regenerate it with
--   UPDATE_SCHEMA_SNAPSHOT=1 npx jest test/migrations/schema-types.test.ts
-- Schema version 18.

CREATE TABLE "action" (
  "id" integer primary key autoincrement,
  "kind" text not null check (kind in ('projet', 'action')),
  "project_id" integer references "action" ("id") on delete restrict,
  "title" text not null,
  "carrier" text not null check (carrier in ('association', 'organisation', 'instance')),
  "organisation_id" integer references "organisation" ("id") on delete restrict,
  "instance_id" integer references "instance" ("id") on delete restrict,
  "theme_id" integer references "action_theme" ("id") on delete restrict,
  "phase" text,
  "involvement_level" text,
  "status" text default 'prevu' not null check (status in ('prevu', 'en_cours', 'termine', 'annule')),
  "start_date" text,
  "end_date" text,
  "place" text,
  "description" text,
  "expected_beneficiaries" integer,
  "actual_beneficiaries" integer,
  "partners" text,
  "attestation_kind" text default 'participation' not null check (attestation_kind in ('participation', 'representation')),
  "search_text" text not null,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "action_carrier_check" check ((carrier = 'association' and organisation_id is null and instance_id is null)
        or (carrier = 'organisation' and organisation_id is not null and instance_id is null)
        or (carrier = 'instance' and instance_id is not null))
);

CREATE INDEX "action_instance_idx" on "action" ("instance_id");

CREATE INDEX "action_organisation_idx" on "action" ("organisation_id");

CREATE INDEX "action_project_idx" on "action" ("project_id");

CREATE INDEX "action_start_idx" on "action" ("start_date", "id");

CREATE INDEX "action_status_idx" on "action" ("status", "start_date");

CREATE INDEX "action_theme_idx" on "action" ("theme_id");

CREATE TABLE "action_theme" (
  "id" integer primary key autoincrement,
  "label" text not null unique,
  "sort_order" integer default 0 not null,
  "archived_at" text
);

CREATE TABLE "association" (
  "id" integer primary key check (id = 1),
  "name" text default '' not null,
  "address_line" text default '' not null,
  "postal_code" text default '' not null,
  "city" text default '' not null,
  "rna" text,
  "siren" text,
  "objet" text default '' not null,
  "organism_type" text default '' not null,
  "president" text default '' not null,
  "treasurer" text default '' not null,
  "document_place" text default '' not null,
  "logo" blob,
  "logo_mime" text,
  "iban" text,
  "bic" text,
  "updated_at" text not null
);

CREATE TABLE "attendance" (
  "id" integer primary key autoincrement,
  "meeting_id" integer not null references "meeting" ("id") on delete restrict,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "mandate_id" integer references "mandate" ("id") on delete restrict,
  "non_mandated" integer default 0 not null,
  "status" text not null,
  "replaced_by_id" integer references "representative" ("id"),
  "start_time" text,
  "end_time" text,
  "notes" text,
  "created_at" text not null,
  "updated_at" text not null,
  "role" text default 'participant' not null,
  constraint "attendance_unique" unique ("meeting_id", "representative_id")
);

CREATE INDEX "attendance_meeting_cover_idx" on "attendance" ("meeting_id", "status", "non_mandated", "start_time", "end_time");

CREATE INDEX "attendance_replaced_by_idx" on "attendance" ("replaced_by_id") where "replaced_by_id" is not null;

CREATE INDEX "attendance_representative_idx" on "attendance" ("representative_id");

CREATE TABLE "attestation" (
  "id" integer primary key autoincrement,
  "reference" text not null unique,
  "year" integer not null,
  "number" integer not null,
  "meeting_id" integer not null references "meeting" ("id") on delete restrict,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "issued_on" text not null,
  "issued_at" text not null,
  "void_reason" text,
  "voided_at" text,
  "content" text not null
);

CREATE UNIQUE INDEX "attestation_meeting_person_idx" on "attestation" ("meeting_id", "representative_id") where "voided_at" is null;

CREATE INDEX "attestation_representative_idx" on "attestation" ("representative_id");

CREATE TABLE "audit_log" (
  "id" integer primary key autoincrement,
  "at" text not null,
  "actor" text not null,
  "action" text not null,
  "entity" text not null,
  "entity_id" integer,
  "details" text,
  "details_sha256" text,
  "prev_hash" text,
  "hash" text,
  "redacted_at" text
);

CREATE INDEX "audit_log_entity_idx" on "audit_log" ("entity", "entity_id", "id");

CREATE UNIQUE INDEX "audit_log_prev_hash_idx" on "audit_log" ("prev_hash");

CREATE TABLE "bilan" (
  "id" integer primary key autoincrement,
  "funding_id" integer not null references "funding" ("id") on delete restrict,
  "period_from" text not null,
  "period_to" text not null,
  "scope" text not null,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "bilan_period_check" check (period_to >= period_from),
  constraint "bilan_funding_period_unique" unique ("funding_id", "period_from", "period_to")
);

CREATE TABLE "bilan_section" (
  "bilan_id" integer not null references "bilan" ("id") on delete cascade,
  "section" text not null check (section in ('evaluation', 'avancement', 'modalites', 'public', 'territoire', 'resultats', 'partenariat', 'moyens', 'valorisation', 'impacts', 'pointsForts', 'difficultes', 'perspectives', 'financier')),
  "version" integer not null,
  "body" text not null,
  "saved_at" text not null,
  "saved_by" text not null,
  constraint "bilan_section_pk" primary key ("bilan_id", "section", "version")
);

CREATE TABLE "bilan_staff" (
  "id" integer primary key autoincrement,
  "bilan_id" integer not null references "bilan" ("id") on delete cascade,
  "position" integer not null,
  "role" text not null,
  "people" integer not null,
  "minutes" integer not null,
  "status" text not null check (status in ('salarie', 'mis_a_disposition', 'benevole', 'prestataire')),
  "steps" text
);

CREATE INDEX "bilan_staff_order_idx" on "bilan_staff" ("bilan_id", "position");

CREATE TABLE "charter_signature" (
  "id" integer primary key autoincrement,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "charter_version_id" integer not null references "charter_version" ("id") on delete restrict,
  "signed_on" text not null,
  "method" text not null,
  "file_hash" text references "stored_file" ("hash"),
  "created_at" text not null,
  constraint "charter_signature_unique" unique ("representative_id", "charter_version_id", "signed_on")
);

CREATE TABLE "charter_version" (
  "id" integer primary key autoincrement,
  "title" text not null,
  "version" text not null,
  "effective_date" text not null,
  "body" text not null,
  "created_at" text not null
);

CREATE TABLE "claim" (
  "id" integer primary key autoincrement,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "number" text unique,
  "number_year" integer,
  "number_seq" integer,
  "status" text not null check (status in ('brouillon', 'soumise', 'validee', 'payee', 'refusee', 'abandonnee', 'annulee')),
  "title" text,
  "notes" text,
  "total_cents" integer default 0 not null,
  "submitted_at" text,
  "submitted_by" text,
  "validated_at" text,
  "validated_by" text,
  "refused_at" text,
  "refused_by" text,
  "refusal_reason" text,
  "renounced_on" text,
  "renounced_at" text,
  "renounced_by" text,
  "paid_on" text,
  "payment_method" text,
  "payment_reference" text,
  "paid_at" text,
  "paid_by" text,
  "sepa_batch_id" integer references "sepa_batch" ("id") on delete restrict,
  "cancelled_at" text,
  "cancelled_by" text,
  "cancel_reason" text,
  "cancelled_from" text,
  "created_at" text not null,
  "updated_at" text not null
);

CREATE INDEX "claim_representative_idx" on "claim" ("representative_id");

CREATE INDEX "claim_sepa_batch_idx" on "claim" ("sepa_batch_id");

CREATE INDEX "claim_status_idx" on "claim" ("status");

CREATE TABLE "claim_event" (
  "id" integer primary key autoincrement,
  "claim_id" integer not null references "claim" ("id") on delete cascade,
  "at" text not null,
  "actor" text not null,
  "action" text not null,
  "from_status" text,
  "to_status" text not null,
  "reason" text
);

CREATE INDEX "claim_event_claim_idx" on "claim_event" ("claim_id");

CREATE TABLE "claim_line" (
  "id" integer primary key autoincrement,
  "claim_id" integer not null references "claim" ("id") on delete cascade,
  "kind" text not null check (kind in ('kilometrique', 'transport', 'taxi', 'parking', 'peage', 'repas', 'hebergement', 'autre', 'regularisation')),
  "transport_mode" text,
  "date" text not null,
  "purpose" text not null,
  "meeting_id" integer references "meeting" ("id") on delete restrict,
  "from_place" text,
  "to_place" text,
  "distance_tenth_km" integer,
  "round_trip" integer default 0 not null,
  "vehicle_id" integer references "vehicle" ("id") on delete restrict,
  "vehicle_kind" text,
  "vehicle_cv" integer,
  "vehicle_electric" integer,
  "vehicle_label" text,
  "vehicle_plate" text,
  "expense_cents" integer,
  "amount_cents" integer default 0 not null,
  "cumulative_before_tenth_km" integer,
  "explanation" text,
  "regularisation_year" integer,
  "regularisation_vehicle_kind" text,
  "created_at" text not null,
  "updated_at" text not null
);

CREATE INDEX "claim_line_claim_idx" on "claim_line" ("claim_id");

CREATE INDEX "claim_line_date_idx" on "claim_line" ("date", "kind");

CREATE INDEX "claim_line_meeting_idx" on "claim_line" ("meeting_id");

CREATE INDEX "claim_line_vehicle_idx" on "claim_line" ("vehicle_id");

CREATE TABLE "claim_line_receipt" (
  "line_id" integer not null references "claim_line" ("id") on delete cascade,
  "file_hash" text not null references "stored_file" ("hash") on delete restrict,
  "created_at" text not null,
  constraint "claim_line_receipt_pk" primary key ("line_id", "file_hash")
);

CREATE TABLE "claim_policy" (
  "year" integer primary key,
  "mileage_mode" text not null check (mileage_mode in ('bareme', 'forfait')),
  "flat_rate_voiture_milli" integer default 0 not null,
  "flat_rate_moto_milli" integer default 0 not null,
  "flat_rate_cyclomoteur_milli" integer default 0 not null,
  "updated_at" text not null
);

CREATE TABLE "claim_policy_kind" (
  "year" integer not null references "claim_policy" ("year") on delete cascade,
  "kind" text not null,
  "cap_cents" integer,
  "receipt_required" integer default 0 not null,
  constraint "claim_policy_kind_pk" primary key ("year", "kind")
);

CREATE TABLE "funding" (
  "id" integer primary key autoincrement,
  "funder" text not null,
  "title" text not null,
  "agreement_ref" text,
  "amount_cents" integer not null check (amount_cents >= 0),
  "period_from" text not null,
  "period_to" text not null,
  "status" text not null check (status in ('demande', 'accorde', 'verse', 'refuse')),
  "notes" text,
  "search_text" text not null,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "funding_period_check" check (period_to >= period_from)
);

CREATE INDEX "funding_period_idx" on "funding" ("period_from", "id");

CREATE TABLE "funding_project" (
  "funding_id" integer not null references "funding" ("id") on delete cascade,
  "action_id" integer not null references "action" ("id") on delete cascade,
  constraint "funding_project_pk" primary key ("funding_id", "action_id")
);

CREATE INDEX "funding_project_action_idx" on "funding_project" ("action_id");

CREATE TABLE "instance" (
  "id" integer primary key autoincrement,
  "organisation_id" integer not null references "organisation" ("id") on delete restrict,
  "type_id" integer not null references "instance_type" ("id") on delete restrict,
  "name" text not null,
  "seats_titulaire" integer default 0 not null,
  "seats_suppleant" integer default 0 not null,
  "target_min" integer default 2 not null,
  "mandate_months" integer,
  "involvement_level" text,
  "participation_form" text,
  "meeting_place" text,
  "notes" text,
  "archived_at" text,
  "created_at" text not null,
  "updated_at" text not null
);

CREATE INDEX "instance_organisation_idx" on "instance" ("organisation_id");

CREATE INDEX "instance_type_idx" on "instance" ("type_id");

CREATE TABLE "instance_type" (
  "id" integer primary key autoincrement,
  "code" text not null unique,
  "label" text not null,
  "default_mandate_months" integer,
  "sort_order" integer default 0 not null,
  "archived_at" text
);

CREATE TABLE "issued_document" (
  "id" integer primary key autoincrement,
  "kind" text not null,
  "record_id" integer not null,
  "variant" text not null,
  "file_hash" text references "stored_file" ("hash"),
  "data" text not null,
  "created_at" text not null,
  "redacted_at" text
);

CREATE UNIQUE INDEX "issued_document_record_idx" on "issued_document" ("kind", "record_id", "variant");

CREATE TABLE "mandate" (
  "id" integer primary key autoincrement,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "instance_id" integer not null references "instance" ("id") on delete restrict,
  "role" text not null,
  "role_other" text,
  "start_date" text not null,
  "end_date" text,
  "ended_on" text,
  "end_reason" text,
  "end_note" text,
  "designating_authority" text,
  "designation_reference" text,
  "proposing_association" text,
  "notes" text,
  "paired_mandate_id" integer references "mandate" ("id") on delete set null,
  "renewed_from_id" integer references "mandate" ("id") on delete set null,
  "over_capacity_justification" text,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "mandate_dates_ck" check (end_date is null or end_date >= start_date)
);

CREATE INDEX "mandate_end_idx" on "mandate" ("end_date");

CREATE INDEX "mandate_ended_on_idx" on "mandate" ("ended_on");

CREATE INDEX "mandate_instance_idx" on "mandate" ("instance_id", "start_date");

CREATE INDEX "mandate_instance_seats_idx" on "mandate" ("instance_id", "role", "representative_id", "start_date", "end_date", "ended_on");

CREATE INDEX "mandate_renewed_from_idx" on "mandate" ("renewed_from_id");

CREATE INDEX "mandate_representative_idx" on "mandate" ("representative_id", "start_date", "end_date", "ended_on");

CREATE TABLE "mandate_report" (
  "id" integer primary key autoincrement,
  "meeting_id" integer not null references "meeting" ("id") on delete restrict,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "points_raised" text,
  "positions_taken" text,
  "confidential" integer default 0 not null,
  "written_on" text not null,
  "author" text not null,
  "search_text" text default '' not null,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "mandate_report_meeting_person_unique" unique ("meeting_id", "representative_id")
);

CREATE INDEX "mandate_report_person_idx" on "mandate_report" ("representative_id", "meeting_id");

CREATE TABLE "meeting" (
  "id" integer primary key autoincrement,
  "instance_id" integer references "instance" ("id") on delete restrict,
  "action_id" integer references "action" ("id") on delete restrict,
  "date" text not null,
  "start_time" text not null,
  "end_time" text not null,
  "mode" text default 'sur_place' not null,
  "place" text,
  "title" text,
  "agenda" text,
  "minutes_reference" text,
  "notes" text,
  "series_id" text,
  "cancelled_at" text,
  "cancel_reason" text,
  "counted_participants" integer,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "meeting_owner_check" check ((instance_id is null) <> (action_id is null))
);

CREATE INDEX "meeting_action_date_idx" on "meeting" ("action_id", "date");

CREATE INDEX "meeting_date_idx" on "meeting" ("date");

CREATE INDEX "meeting_instance_date_idx" on "meeting" ("instance_id", "date");

CREATE INDEX "meeting_series_idx" on "meeting" ("series_id");

CREATE TABLE "mileage_scale_band" (
  "id" integer primary key autoincrement,
  "year" integer not null references "mileage_scale_year" ("year") on delete cascade,
  "vehicle_kind" text not null check (vehicle_kind in ('voiture', 'moto', 'cyclomoteur')),
  "bracket_order" integer not null,
  "bracket_label" text not null,
  "min_cv" integer not null,
  "max_cv" integer,
  "band_order" integer not null,
  "up_to_km" integer,
  "rate_milli" integer not null,
  "fixed_cents" integer default 0 not null,
  constraint "mileage_scale_band_unique" unique ("year", "vehicle_kind", "bracket_order", "band_order")
);

CREATE TABLE "mileage_scale_year" (
  "year" integer primary key,
  "electric_bonus_percent" integer default 20 not null,
  "updated_at" text not null
);

CREATE TABLE "objective" (
  "id" integer primary key autoincrement,
  "action_id" integer references "action" ("id") on delete cascade,
  "year" integer,
  "position" integer not null,
  "label" text not null,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "objective_owner_check" check ((action_id is null) = (year is not null))
);

CREATE INDEX "objective_action_idx" on "objective" ("action_id", "position");

CREATE INDEX "objective_year_idx" on "objective" ("year", "position");

CREATE TABLE "objective_indicator" (
  "id" integer primary key autoincrement,
  "objective_id" integer not null references "objective" ("id") on delete cascade,
  "position" integer not null,
  "label" text not null,
  "expected_number" real,
  "expected_text" text,
  "result_source" text not null check (result_source in ('calcule', 'saisi')),
  "figure_id" text,
  "result_number" real,
  "result_text" text,
  "comment" text,
  constraint "objective_indicator_expected_check" check (expected_number is null or expected_text is null),
  constraint "objective_indicator_result_check" check ((result_source = 'calcule' and figure_id is not null and result_number is null and result_text is null)
        or (result_source = 'saisi' and figure_id is null and (result_number is null or result_text is null)))
);

CREATE INDEX "objective_indicator_order_idx" on "objective_indicator" ("objective_id", "position");

CREATE TABLE "organisation" (
  "id" integer primary key autoincrement,
  "name" text not null,
  "kind" text default 'autre' not null,
  "address_line" text,
  "postal_code" text,
  "city" text,
  "notes" text,
  "archived_at" text,
  "created_at" text not null,
  "updated_at" text not null
);

CREATE TABLE "person_profile" (
  "id" integer primary key autoincrement,
  "code" text not null unique,
  "label" text not null,
  "label_feminine" text,
  "sort_order" integer default 0 not null,
  "archived_at" text
);

CREATE TABLE "report_document" (
  "report_id" integer not null references "mandate_report" ("id") on delete cascade,
  "file_hash" text not null references "stored_file" ("hash") on delete restrict,
  "kind" text not null check (kind in ('convocation', 'ordre_du_jour', 'compte_rendu', 'autre')),
  "created_at" text not null,
  constraint "report_document_pk" primary key ("report_id", "file_hash")
);

CREATE TABLE "report_follow_up" (
  "id" integer primary key autoincrement,
  "report_id" integer not null references "mandate_report" ("id") on delete cascade,
  "description" text not null,
  "due_on" text,
  "owner_representative_id" integer references "representative" ("id") on delete restrict,
  "owner_text" text,
  "done_on" text,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "report_follow_up_owner_check" check (owner_representative_id is null or owner_text is null)
);

CREATE INDEX "report_follow_up_due_idx" on "report_follow_up" ("done_on", "due_on");

CREATE INDEX "report_follow_up_report_idx" on "report_follow_up" ("report_id");

CREATE TABLE "representative" (
  "id" integer primary key autoincrement,
  "civility" text default '' not null,
  "last_name" text not null,
  "first_name" text not null,
  "email" text,
  "phone" text,
  "address_line" text,
  "postal_code" text,
  "city" text,
  "origin_association" text,
  "employed" integer default 0 not null,
  "employer" text,
  "iban" text,
  "bic" text,
  "notes" text,
  "search_text" text default '' not null,
  "archived_at" text,
  "created_at" text not null,
  "updated_at" text not null,
  "profile_id" integer references "person_profile" ("id"),
  "anonymised_at" text,
  "retention_reviewed_on" text
);

CREATE INDEX "representative_anonymised_idx" on "representative" ("anonymised_at") where "anonymised_at" is not null;

CREATE INDEX "representative_name_idx" on "representative" ("last_name", "first_name");

CREATE INDEX "representative_profile_idx" on "representative" ("profile_id");

CREATE INDEX "representative_search_idx" on "representative" ("search_text");

CREATE INDEX "representative_state_search_idx" on "representative" ("archived_at", "search_text");

CREATE TRIGGER representative_fts_delete after delete on representative begin
    insert into representative_fts(representative_fts, rowid, search_text)
      values ('delete', old.id, old.search_text);
  end;

CREATE TRIGGER representative_fts_insert after insert on representative begin
    insert into representative_fts(rowid, search_text) values (new.id, new.search_text);
  end;

CREATE TRIGGER representative_fts_update after update of search_text on representative begin
    insert into representative_fts(representative_fts, rowid, search_text)
      values ('delete', old.id, old.search_text);
    insert into representative_fts(rowid, search_text) values (new.id, new.search_text);
  end;

CREATE VIRTUAL TABLE representative_fts using fts5 (
  search_text,
  content='representative',
  content_rowid='id',
  tokenize='trigram'
);

CREATE TABLE schema_version (
  version integer primary key,
  name text not null,
  applied_at text not null
);

CREATE TABLE "sepa_batch" (
  "id" integer primary key autoincrement,
  "message_id" text not null unique,
  "created_at" text not null,
  "created_by" text not null,
  "execution_date" text not null,
  "payment_count" integer not null,
  "total_cents" integer not null,
  "file_name" text not null,
  "xml" text not null,
  "state" text default 'a_transmettre' not null check (state in ('a_transmettre', 'confirmee', 'annulee')),
  "confirmed_at" text,
  "confirmed_by" text,
  "cancelled_at" text,
  "cancelled_by" text,
  "cancel_reason" text,
  "revised_at" text,
  "revision" integer default 1 not null
);

CREATE INDEX "sepa_batch_state_idx" on "sepa_batch" ("state");

CREATE TABLE "sepa_batch_item" (
  "batch_id" integer not null references "sepa_batch" ("id") on delete restrict,
  "claim_id" integer not null references "claim" ("id") on delete restrict,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "person_name" text not null,
  "iban" text not null,
  "bic" text,
  "end_to_end_id" text not null,
  "remittance" text not null,
  "amount_cents" integer not null,
  "withdrawn_at" text,
  "withdrawn_by" text,
  "withdraw_reason" text,
  constraint "sepa_batch_item_pk" primary key ("batch_id", "claim_id")
);

CREATE INDEX "sepa_batch_item_claim_idx" on "sepa_batch_item" ("claim_id");

CREATE TABLE "sequence" (
  "kind" text not null,
  "year" integer not null,
  "last" integer not null,
  constraint "sequence_pk" primary key ("kind", "year")
);

CREATE TABLE "setting" (
  "key" text primary key,
  "value" text not null
);

CREATE TABLE "stored_file" (
  "hash" text primary key,
  "mime" text not null,
  "size" integer not null,
  "original_name" text not null,
  "created_at" text not null
);

CREATE TABLE "survey" (
  "id" integer primary key autoincrement,
  "title" text not null,
  "audience" text not null check (audience in ('representants', 'professionnels', 'participants')),
  "attached_to" text not null check (attached_to in ('action', 'instance', 'annee')),
  "action_id" integer references "action" ("id") on delete restrict,
  "instance_id" integer references "instance" ("id") on delete restrict,
  "year" integer not null,
  "introduction" text,
  "status" text default 'brouillon' not null check (status in ('brouillon', 'diffuse', 'analyse')),
  "analysed_on" text,
  "search_text" text not null,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "survey_attachment_check" check ((attached_to = 'action' and action_id is not null and instance_id is null)
        or (attached_to = 'instance' and instance_id is not null and action_id is null)
        or (attached_to = 'annee' and action_id is null and instance_id is null)),
  constraint "survey_analysed_check" check ((status = 'analyse') = (analysed_on is not null))
);

CREATE INDEX "survey_action_idx" on "survey" ("action_id");

CREATE INDEX "survey_instance_idx" on "survey" ("instance_id");

CREATE INDEX "survey_status_idx" on "survey" ("status", "year");

CREATE INDEX "survey_year_idx" on "survey" ("year", "id");

CREATE TABLE "survey_answer" (
  "id" integer primary key autoincrement,
  "response_id" integer not null references "survey_response" ("id") on delete cascade,
  "question_id" integer not null references "survey_question" ("id") on delete cascade,
  "value_int" integer,
  "value_text" text,
  constraint "survey_answer_value_check" check ((value_int is null) <> (value_text is null)),
  constraint "survey_answer_unique" unique ("response_id", "question_id")
);

CREATE INDEX "survey_answer_question_idx" on "survey_answer" ("question_id", "value_int");

CREATE TABLE "survey_question" (
  "id" integer primary key autoincrement,
  "survey_id" integer not null references "survey" ("id") on delete cascade,
  "position" integer not null,
  "kind" text not null check (kind in ('echelle', 'oui_non', 'choix', 'texte')),
  "label" text not null,
  "required" integer default 0 not null,
  "options" text,
  constraint "survey_question_options_check" check ((kind = 'choix') = (options is not null))
);

CREATE INDEX "survey_question_order_idx" on "survey_question" ("survey_id", "position");

CREATE TABLE "survey_response" (
  "id" integer primary key autoincrement,
  "survey_id" integer not null references "survey" ("id") on delete cascade,
  "received_on" text not null,
  "source" text not null check (source in ('saisie', 'import')),
  "import_file" text,
  "created_at" text not null
);

CREATE INDEX "survey_response_survey_idx" on "survey_response" ("survey_id", "received_on");

CREATE TABLE "tax_receipt" (
  "id" integer primary key autoincrement,
  "number" text not null unique,
  "year" integer not null,
  "seq" integer not null,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "amount_cents" integer not null,
  "gift_dates" text not null,
  "donor_name" text not null,
  "donor_address_line" text,
  "donor_postal_code" text,
  "donor_city" text,
  "issued_on" text not null,
  "issued_at" text not null,
  "issued_by" text not null,
  "cancelled_at" text,
  "cancelled_by" text,
  "cancel_reason" text,
  "replaced_by_id" integer references "tax_receipt" ("id"),
  "replaces_id" integer references "tax_receipt" ("id"),
  constraint "tax_receipt_year_seq_unique" unique ("year", "seq")
);

CREATE TABLE "tax_receipt_claim" (
  "receipt_id" integer not null references "tax_receipt" ("id") on delete restrict,
  "claim_id" integer not null references "claim" ("id") on delete restrict,
  constraint "tax_receipt_claim_pk" primary key ("receipt_id", "claim_id")
);

CREATE INDEX "tax_receipt_claim_claim_idx" on "tax_receipt_claim" ("claim_id");

CREATE TABLE "training" (
  "id" integer primary key autoincrement,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "kind_id" integer not null references "training_kind" ("id") on delete restrict,
  "date" text not null,
  "duration_minutes" integer,
  "organiser" text,
  "notes" text,
  "created_at" text not null
);

CREATE INDEX "training_representative_idx" on "training" ("representative_id");

CREATE TABLE "training_kind" (
  "id" integer primary key autoincrement,
  "label" text not null,
  "is_base" integer default 0 not null,
  "sort_order" integer default 0 not null,
  "archived_at" text
);

CREATE TABLE "vehicle" (
  "id" integer primary key autoincrement,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "label" text default '' not null,
  "kind" text not null check (kind in ('voiture', 'moto', 'cyclomoteur')),
  "fiscal_power_cv" integer not null,
  "electric" integer default 0 not null,
  "plate" text,
  "archived_at" text,
  "created_at" text not null
);

CREATE INDEX "vehicle_representative_idx" on "vehicle" ("representative_id");

CREATE TABLE "volunteer_category" (
  "id" integer primary key autoincrement,
  "label" text not null unique,
  "sort_order" integer default 0 not null,
  "archived_at" text
);

CREATE TABLE "volunteer_rate" (
  "year" integer not null check (year between 2000 and 2100),
  "category_id" integer not null references "volunteer_category" ("id") on delete restrict,
  "hourly_cents" integer not null check (hourly_cents > 0),
  "source" text,
  constraint "volunteer_rate_pk" primary key ("year", "category_id")
);

CREATE TABLE "volunteer_time" (
  "id" integer primary key autoincrement,
  "representative_id" integer not null references "representative" ("id") on delete restrict,
  "date" text not null,
  "minutes" integer not null check (minutes > 0 and minutes <= 1440),
  "category_id" integer not null references "volunteer_category" ("id") on delete restrict,
  "action_id" integer references "action" ("id") on delete set null,
  "instance_id" integer references "instance" ("id") on delete set null,
  "description" text,
  "created_at" text not null,
  "updated_at" text not null,
  constraint "volunteer_time_one_link" check (action_id is null or instance_id is null)
);

CREATE INDEX "volunteer_time_category_idx" on "volunteer_time" ("category_id");

CREATE INDEX "volunteer_time_date_idx" on "volunteer_time" ("date");

CREATE INDEX "volunteer_time_person_idx" on "volunteer_time" ("representative_id", "date");
