#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcEngine, "bootcast.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDhcp, "bootcast.dhcp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTftp, "bootcast.tftp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "bootcast.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNbd, "bootcast.nbd", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFiles, "bootcast.files", QtWarningMsg)
