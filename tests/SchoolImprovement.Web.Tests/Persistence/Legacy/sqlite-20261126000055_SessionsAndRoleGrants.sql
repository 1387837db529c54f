CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "Trusts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Trusts" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "TrustId" TEXT NULL,
    "DisplayName" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Schools" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Schools" PRIMARY KEY,
    "TrustId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "Urn" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Phase" TEXT NOT NULL,
    "EstablishmentType" TEXT NOT NULL,
    "LocalAuthority" TEXT NOT NULL,
    "ChurchDesignation" TEXT NULL,
    "Diocese" TEXT NULL,
    "Pupils" INTEGER NULL,
    "DateJoined" TEXT NOT NULL,
    CONSTRAINT "FK_Schools_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE INDEX "IX_AspNetUsers_TrustId" ON "AspNetUsers" ("TrustId");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE UNIQUE INDEX "IX_Schools_TrustId_Urn" ON "Schools" ("TrustId", "Urn");

CREATE UNIQUE INDEX "IX_Trusts_Name" ON "Trusts" ("Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124000001_IdentityTrustsAndSchools', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "AuditEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "TrustId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "Actor" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" INTEGER NOT NULL,
    "Changes" TEXT NOT NULL,
    CONSTRAINT "FK_AuditEntries_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PolicyProfiles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PolicyProfiles" PRIMARY KEY,
    "TrustId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "Labels" TEXT NOT NULL,
    "Categories" TEXT NOT NULL,
    "Concern" TEXT NOT NULL,
    "BoardTypes" TEXT NOT NULL,
    "Boards" TEXT NOT NULL,
    "Allocations" TEXT NOT NULL,
    "Cycles" TEXT NOT NULL,
    CONSTRAINT "FK_PolicyProfiles_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SchoolAssignments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SchoolAssignments" PRIMARY KEY,
    "TrustId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "SchoolId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    CONSTRAINT "FK_SchoolAssignments_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SchoolAssignments_Schools_SchoolId" FOREIGN KEY ("SchoolId") REFERENCES "Schools" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SchoolAssignments_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_AuditEntries_TrustId_At" ON "AuditEntries" ("TrustId", "At");

CREATE INDEX "IX_AuditEntries_TrustId_EntityType_EntityId" ON "AuditEntries" ("TrustId", "EntityType", "EntityId");

CREATE UNIQUE INDEX "IX_PolicyProfiles_TrustId" ON "PolicyProfiles" ("TrustId");

CREATE INDEX "IX_SchoolAssignments_SchoolId" ON "SchoolAssignments" ("SchoolId");

CREATE INDEX "IX_SchoolAssignments_TrustId_SchoolId_Kind" ON "SchoolAssignments" ("TrustId", "SchoolId", "Kind");

CREATE UNIQUE INDEX "IX_SchoolAssignments_TrustId_UserId_SchoolId_Kind" ON "SchoolAssignments" ("TrustId", "UserId", "SchoolId", "Kind");

CREATE INDEX "IX_SchoolAssignments_UserId" ON "SchoolAssignments" ("UserId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124000002_PolicyAssignmentsAndAudit', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Schools" ADD "ClosedOn" TEXT NULL;

CREATE TABLE "Actions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Actions" PRIMARY KEY,
    "TrustId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "SchoolId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Source" INTEGER NOT NULL,
    "SourceId" TEXT NULL,
    "OwnerRole" TEXT NULL,
    "OwnerUserId" TEXT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "DroppedReason" TEXT NULL,
    "EvidenceOfImpact" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Actions_AspNetUsers_OwnerUserId" FOREIGN KEY ("OwnerUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Actions_Schools_SchoolId" FOREIGN KEY ("SchoolId") REFERENCES "Schools" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Actions_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Categorisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Categorisations" PRIMARY KEY,
    "TrustId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "SchoolId" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Rationale" TEXT NOT NULL,
    "Evidence" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "ProposedBy" TEXT NOT NULL,
    "ProposedAt" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "ReturnReason" TEXT NULL,
    "PlannedActions" TEXT NULL,
    CONSTRAINT "FK_Categorisations_Schools_SchoolId" FOREIGN KEY ("SchoolId") REFERENCES "Schools" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Categorisations_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Inspections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Inspections" PRIMARY KEY,
    "TrustId" TEXT NOT NULL,
    "SchoolId" TEXT NOT NULL,
    "Framework" INTEGER NOT NULL,
    "InspectedOn" TEXT NOT NULL,
    "Grades" TEXT NOT NULL,
    "SafeguardingMet" INTEGER NULL,
    "Siams" INTEGER NULL,
    "Notes" TEXT NOT NULL,
    CONSTRAINT "FK_Inspections_Schools_SchoolId" FOREIGN KEY ("SchoolId") REFERENCES "Schools" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Inspections_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Actions_OwnerUserId" ON "Actions" ("OwnerUserId");

CREATE INDEX "IX_Actions_SchoolId" ON "Actions" ("SchoolId");

CREATE INDEX "IX_Actions_TrustId_SchoolId" ON "Actions" ("TrustId", "SchoolId");

CREATE INDEX "IX_Actions_TrustId_Status_DueOn" ON "Actions" ("TrustId", "Status", "DueOn");

CREATE INDEX "IX_Categorisations_SchoolId" ON "Categorisations" ("SchoolId");

CREATE UNIQUE INDEX "IX_Categorisations_OnePendingProposalPerSchool" ON "Categorisations" ("TrustId", "SchoolId") WHERE "Status" = 1;

CREATE INDEX "IX_Categorisations_TrustId_SchoolId_Status" ON "Categorisations" ("TrustId", "SchoolId", "Status");

CREATE INDEX "IX_Inspections_SchoolId" ON "Inspections" ("SchoolId");

CREATE INDEX "IX_Inspections_TrustId_SchoolId_Framework_InspectedOn" ON "Inspections" ("TrustId", "SchoolId", "Framework", "InspectedOn");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124000003_InspectionsCategorisationAndActions', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "PolicyProfiles" ADD "RequiredEvidence" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124000004_RequiredEvidenceSources', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "SignInSources" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SignInSources" PRIMARY KEY,
    "AccountKey" TEXT NOT NULL,
    "ClientAddress" TEXT NOT NULL,
    "Failures" INTEGER NOT NULL,
    "Lockouts" INTEGER NOT NULL,
    "LockedUntil" TEXT NULL,
    "LastFailureAt" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_SignInSources_AccountKey_ClientAddress" ON "SignInSources" ("AccountKey", "ClientAddress");

CREATE INDEX "IX_SignInSources_LastFailureAt" ON "SignInSources" ("LastFailureAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126000001_SignInSources', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AspNetUsers" ADD "LastAuthenticatorStep" INTEGER NULL;

CREATE TABLE "MfaExemptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MfaExemptions" PRIMARY KEY,
    "TrustId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "ExemptedBy" TEXT NOT NULL,
    "ExemptedAt" TEXT NOT NULL,
    CONSTRAINT "FK_MfaExemptions_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_MfaExemptions_TrustId_Role" ON "MfaExemptions" ("TrustId", "Role");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126000010_SecondFactors', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "SecurityEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SecurityEvents" PRIMARY KEY,
    "At" TEXT NOT NULL,
    "TrustId" TEXT NULL,
    "UserId" TEXT NULL,
    "ActorId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "ClientAddress" TEXT NOT NULL,
    "CorrelationId" TEXT NOT NULL,
    "Detail" TEXT NOT NULL
);

CREATE INDEX "IX_SecurityEvents_TrustId_At" ON "SecurityEvents" ("TrustId", "At");

CREATE INDEX "IX_SecurityEvents_UserId" ON "SecurityEvents" ("UserId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126000040_SecurityEvents', '10.0.15');

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_AspNetUsers_TrustId_Id" ON "AspNetUsers" ("TrustId", "Id");

CREATE TABLE "ef_temp_Schools" (
"Id" TEXT NOT NULL CONSTRAINT "PK_Schools" PRIMARY KEY,
"TrustId" TEXT NOT NULL,
"Version" TEXT NOT NULL,
"Urn" INTEGER NOT NULL,
"Name" TEXT NOT NULL,
"Phase" TEXT NOT NULL,
"EstablishmentType" TEXT NOT NULL,
"LocalAuthority" TEXT NOT NULL,
"ChurchDesignation" TEXT NULL,
"Diocese" TEXT NULL,
"Pupils" INTEGER NULL,
"DateJoined" TEXT NOT NULL,
"ClosedOn" TEXT NULL,
CONSTRAINT "AK_Schools_TrustId_Id" UNIQUE ("TrustId", "Id"),
CONSTRAINT "FK_Schools_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Schools" ("Id", "TrustId", "Version", "Urn", "Name", "Phase", "EstablishmentType", "LocalAuthority", "ChurchDesignation", "Diocese", "Pupils", "DateJoined", "ClosedOn") SELECT "Id", "TrustId", "Version", "Urn", "Name", "Phase", "EstablishmentType", "LocalAuthority", "ChurchDesignation", "Diocese", "Pupils", "DateJoined", "ClosedOn" FROM "Schools";

DROP TABLE "Schools";

ALTER TABLE "ef_temp_Schools" RENAME TO "Schools";

CREATE UNIQUE INDEX "IX_Schools_TrustId_Urn" ON "Schools" ("TrustId", "Urn");

CREATE TABLE "ef_temp_Actions" (
"Id" TEXT NOT NULL CONSTRAINT "PK_Actions" PRIMARY KEY,
"TrustId" TEXT NOT NULL,
"Version" TEXT NOT NULL,
"SchoolId" TEXT NOT NULL,
"Title" TEXT NOT NULL,
"Source" INTEGER NOT NULL,
"SourceId" TEXT NULL,
"OwnerRole" TEXT NULL,
"OwnerUserId" TEXT NULL,
"DueOn" TEXT NOT NULL,
"Status" INTEGER NOT NULL,
"DroppedReason" TEXT NULL,
"EvidenceOfImpact" TEXT NULL,
"CreatedAt" TEXT NOT NULL,
CONSTRAINT "FK_Actions_AspNetUsers_OwnerUserId" FOREIGN KEY ("OwnerUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
CONSTRAINT "FK_Actions_AspNetUsers_TrustId_OwnerUserId" FOREIGN KEY ("TrustId", "OwnerUserId") REFERENCES "AspNetUsers" ("TrustId", "Id"),
CONSTRAINT "FK_Actions_Schools_TrustId_SchoolId" FOREIGN KEY ("TrustId", "SchoolId") REFERENCES "Schools" ("TrustId", "Id") ON DELETE CASCADE,
CONSTRAINT "FK_Actions_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Actions" ("Id", "TrustId", "Version", "SchoolId", "Title", "Source", "SourceId", "OwnerRole", "OwnerUserId", "DueOn", "Status", "DroppedReason", "EvidenceOfImpact", "CreatedAt") SELECT "Id", "TrustId", "Version", "SchoolId", "Title", "Source", "SourceId", "OwnerRole", "OwnerUserId", "DueOn", "Status", "DroppedReason", "EvidenceOfImpact", "CreatedAt" FROM "Actions";

DROP TABLE "Actions";

ALTER TABLE "ef_temp_Actions" RENAME TO "Actions";

CREATE INDEX "IX_Actions_OwnerUserId" ON "Actions" ("OwnerUserId");

CREATE INDEX "IX_Actions_TrustId_SchoolId" ON "Actions" ("TrustId", "SchoolId");

CREATE INDEX "IX_Actions_TrustId_Status_DueOn" ON "Actions" ("TrustId", "Status", "DueOn");

CREATE TABLE "ef_temp_Categorisations" (
"Id" TEXT NOT NULL CONSTRAINT "PK_Categorisations" PRIMARY KEY,
"TrustId" TEXT NOT NULL,
"Version" TEXT NOT NULL,
"SchoolId" TEXT NOT NULL,
"Category" TEXT NOT NULL,
"Rationale" TEXT NOT NULL,
"Evidence" TEXT NOT NULL,
"Status" INTEGER NOT NULL,
"ProposedBy" TEXT NOT NULL,
"ProposedAt" TEXT NOT NULL,
"DecidedBy" TEXT NULL,
"DecidedAt" TEXT NULL,
"ReturnReason" TEXT NULL,
"PlannedActions" TEXT NULL,
CONSTRAINT "FK_Categorisations_Schools_TrustId_SchoolId" FOREIGN KEY ("TrustId", "SchoolId") REFERENCES "Schools" ("TrustId", "Id") ON DELETE CASCADE,
CONSTRAINT "FK_Categorisations_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Categorisations" ("Id", "TrustId", "Version", "SchoolId", "Category", "Rationale", "Evidence", "Status", "ProposedBy", "ProposedAt", "DecidedBy", "DecidedAt", "ReturnReason", "PlannedActions") SELECT "Id", "TrustId", "Version", "SchoolId", "Category", "Rationale", "Evidence", "Status", "ProposedBy", "ProposedAt", "DecidedBy", "DecidedAt", "ReturnReason", "PlannedActions" FROM "Categorisations";

DROP TABLE "Categorisations";

ALTER TABLE "ef_temp_Categorisations" RENAME TO "Categorisations";

CREATE UNIQUE INDEX "IX_Categorisations_OnePendingProposalPerSchool" ON "Categorisations" ("TrustId", "SchoolId") WHERE "Status" = 1;

CREATE INDEX "IX_Categorisations_TrustId_SchoolId_Status" ON "Categorisations" ("TrustId", "SchoolId", "Status");

CREATE TABLE "ef_temp_Inspections" (
"Id" TEXT NOT NULL CONSTRAINT "PK_Inspections" PRIMARY KEY,
"TrustId" TEXT NOT NULL,
"SchoolId" TEXT NOT NULL,
"Framework" INTEGER NOT NULL,
"InspectedOn" TEXT NOT NULL,
"Grades" TEXT NOT NULL,
"SafeguardingMet" INTEGER NULL,
"Siams" INTEGER NULL,
"Notes" TEXT NOT NULL,
CONSTRAINT "FK_Inspections_Schools_TrustId_SchoolId" FOREIGN KEY ("TrustId", "SchoolId") REFERENCES "Schools" ("TrustId", "Id") ON DELETE CASCADE,
CONSTRAINT "FK_Inspections_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Inspections" ("Id", "TrustId", "SchoolId", "Framework", "InspectedOn", "Grades", "SafeguardingMet", "Siams", "Notes") SELECT "Id", "TrustId", "SchoolId", "Framework", "InspectedOn", "Grades", "SafeguardingMet", "Siams", "Notes" FROM "Inspections";

DROP TABLE "Inspections";

ALTER TABLE "ef_temp_Inspections" RENAME TO "Inspections";

CREATE INDEX "IX_Inspections_TrustId_SchoolId_Framework_InspectedOn" ON "Inspections" ("TrustId", "SchoolId", "Framework", "InspectedOn");

CREATE TABLE "ef_temp_SchoolAssignments" (
"Id" TEXT NOT NULL CONSTRAINT "PK_SchoolAssignments" PRIMARY KEY,
"TrustId" TEXT NOT NULL,
"UserId" TEXT NOT NULL,
"SchoolId" TEXT NOT NULL,
"Kind" INTEGER NOT NULL,
CONSTRAINT "FK_SchoolAssignments_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
CONSTRAINT "FK_SchoolAssignments_AspNetUsers_TrustId_UserId" FOREIGN KEY ("TrustId", "UserId") REFERENCES "AspNetUsers" ("TrustId", "Id"),
CONSTRAINT "FK_SchoolAssignments_Schools_TrustId_SchoolId" FOREIGN KEY ("TrustId", "SchoolId") REFERENCES "Schools" ("TrustId", "Id") ON DELETE CASCADE,
CONSTRAINT "FK_SchoolAssignments_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_SchoolAssignments" ("Id", "TrustId", "UserId", "SchoolId", "Kind") SELECT "Id", "TrustId", "UserId", "SchoolId", "Kind" FROM "SchoolAssignments";

DROP TABLE "SchoolAssignments";

ALTER TABLE "ef_temp_SchoolAssignments" RENAME TO "SchoolAssignments";

CREATE INDEX "IX_SchoolAssignments_TrustId_SchoolId_Kind" ON "SchoolAssignments" ("TrustId", "SchoolId", "Kind");

CREATE UNIQUE INDEX "IX_SchoolAssignments_TrustId_UserId_SchoolId_Kind" ON "SchoolAssignments" ("TrustId", "UserId", "SchoolId", "Kind");

CREATE INDEX "IX_SchoolAssignments_UserId" ON "SchoolAssignments" ("UserId");

CREATE TEMP TABLE "ef_temp_ForeignKeyCheck" ("Violations" INTEGER NOT NULL CONSTRAINT "A_row_points_into_another_trust_or_at_a_missing_row" CHECK ("Violations" = 0));
INSERT INTO "ef_temp_ForeignKeyCheck" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "ef_temp_ForeignKeyCheck";

COMMIT;

PRAGMA foreign_keys = 1;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126000050_SameTrustReferences', '10.0.15');

BEGIN TRANSACTION;
CREATE TABLE "UserSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UserSessions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "TrustId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastSeenAt" TEXT NOT NULL,
    "ClientAddress" TEXT NOT NULL,
    "UserAgent" TEXT NOT NULL,
    "EndedAt" TEXT NULL,
    "EndedReason" TEXT NULL,
    CONSTRAINT "FK_UserSessions_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_UserSessions_UserId_EndedAt" ON "UserSessions" ("UserId", "EndedAt");

CREATE INDEX "IX_UserSessions_TrustId_UserId" ON "UserSessions" ("TrustId", "UserId");

CREATE TABLE "RoleGrantRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RoleGrantRequests" PRIMARY KEY,
    "TrustId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "Outcome" INTEGER NOT NULL,
    CONSTRAINT "FK_RoleGrantRequests_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RoleGrantRequests_AspNetUsers_TrustId_UserId" FOREIGN KEY ("TrustId", "UserId") REFERENCES "AspNetUsers" ("TrustId", "Id"),
    CONSTRAINT "FK_RoleGrantRequests_Trusts_TrustId" FOREIGN KEY ("TrustId") REFERENCES "Trusts" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_RoleGrantRequests_TrustId_Outcome" ON "RoleGrantRequests" ("TrustId", "Outcome");

CREATE UNIQUE INDEX "IX_RoleGrantRequests_OnePendingPerRole" ON "RoleGrantRequests" ("TrustId", "UserId", "Role") WHERE "Outcome" = 0;

CREATE INDEX "IX_RoleGrantRequests_UserId" ON "RoleGrantRequests" ("UserId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126000055_SessionsAndRoleGrants', '10.0.15');

COMMIT;

