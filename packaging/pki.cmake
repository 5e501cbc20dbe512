# The production CA tool (packaging/halldesk-pki.sh) ships as /usr/share/halldesk/halldesk-pki.sh.
install(PROGRAMS "${PROJECT_SOURCE_DIR}/packaging/halldesk-pki.sh" DESTINATION share/halldesk)
