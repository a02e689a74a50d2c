#pragma once

#include <QLoggingCategory>

// Diagnostic logging, one category per subsystem ("bootcast.dhcp", ...). The user-visible log is
// TrafficEvent; these are for developers and --debug.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcDhcp)
Q_DECLARE_LOGGING_CATEGORY(lcTftp)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcNbd)
Q_DECLARE_LOGGING_CATEGORY(lcFiles)
