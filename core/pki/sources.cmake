# The hall's PKI: certificate authority, terminal identities and TLS settings of both ends.
target_sources(halldesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CertificateIssuer.cpp ${CMAKE_CURRENT_LIST_DIR}/CertificateIssuer.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalRole.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalRole.h
    ${CMAKE_CURRENT_LIST_DIR}/TerminalIdentity.cpp ${CMAKE_CURRENT_LIST_DIR}/TerminalIdentity.h
    ${CMAKE_CURRENT_LIST_DIR}/TlsSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/TlsSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/DevelopmentPki.cpp ${CMAKE_CURRENT_LIST_DIR}/DevelopmentPki.h
)
