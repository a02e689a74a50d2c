#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcEngine, "bootcast.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDhcp, "bootcast.dhcp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTftp, "bootcast.tftp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "bootcast.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNbd, "bootcast.nbd", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFiles, "bootcast.files", QtInfoMsg)
