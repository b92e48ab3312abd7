-- One database per app, created when the PostgreSQL volume is first made.
CREATE DATABASE commerce;
CREATE DATABASE cms;
