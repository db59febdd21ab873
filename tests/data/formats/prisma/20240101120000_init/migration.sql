-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL
);

-- Data the developer added to the generated migration
INSERT INTO "User" ("name") VALUES ('ada');
