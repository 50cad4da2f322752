#pragma once

#include <QString>

namespace ws {

// What GET /version tells about the engine (the fields the status bar and the build use).
struct DockerVersion
{
    QString version; // engine version, "20.10.24+dfsg1"
    QString apiVersion; // highest API version it speaks, "1.41"
    QString minApiVersion; // lowest, "1.12"
    QString os; // "linux"
    QString arch; // "amd64"
    QString kernelVersion;
    QString gitCommit;
    QString goVersion;
};

// What GET (or HEAD) /_ping tells: the engine is up, and which API version it defaults to.
struct DockerPing
{
    QString apiVersion; // the API-Version header; "1.24" when missing (pre-1.25 engines)
    QString osType; // the OSType header
    bool experimental = false;
};

// What GET /info tells about the engine's machine (the fields the build queue uses).
struct DockerInfo
{
    int cpus = 0; // NCPU
    qint64 memoryBytes = 0; // MemTotal
    QString name; // the host's name
    QString serverVersion;
    QString storageDriver;
    int images = 0;
    int containersRunning = 0;
};

} // namespace ws
