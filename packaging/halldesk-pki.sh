#!/bin/bash
# The hall's certificate authority for production, with the openssl command line tool.
# Issues the same kind of certificates as core/pki/CertificateIssuer: EC P-256 keys, SHA-256,
# random 128-bit serials, X.509 v3 extensions. Keep the CA folder (ca.key above all) on an
# offline machine or removable medium: whoever holds ca.key can admit any terminal.
set -euo pipefail

readonly PROGRAM=${0##*/}
readonly CA_DAYS=3650
readonly LEAF_DAYS=825
readonly ROLES="counter pad kiosk board supervisor"

# One scratch folder per run for keys and requests under construction.
work=""
cleanup() {
    [[ -z $work ]] || rm -rf "$work"
}
trap cleanup EXIT

usage() {
    cat <<USAGE
Usage:
  $PROGRAM init DIR "Hall name"          create the hall CA in DIR (ca.pem, ca.key; ${CA_DAYS} days)
  $PROGRAM server DIR HOSTNAME [IP...]    issue server.pem/server.key for the hall server;
                                         HOSTNAME and the IPs go into subjectAltName
  $PROGRAM terminal DIR ROLE [WINDOW|NAME]
                                         issue <name>.pem/<name>.key for a terminal
ROLE is one of: $ROLES.
counter and pad need the WINDOW number (1-9999): "terminal DIR counter 15" issues counter-15.
Other roles take a number N (name ROLE-N, default 1) or a full NAME of letters, digits, '-',
'_' and '.': "terminal DIR board board-hall". Existing files are never overwritten.
Install on a terminal: ca.pem, <name>.pem and <name>.key (the key readable by HallDesk only).
USAGE
}

die() {
    echo "$PROGRAM: $*" >&2
    exit 1
}

need_openssl() {
    command -v openssl >/dev/null || die "the openssl command is not installed"
}

# Escapes a value for -subj, where '/' separates and '+' joins attributes.
subject_value() {
    local value=$1
    value=${value//\\/\\\\}
    value=${value//\//\\/}
    value=${value//+/\\+}
    value=${value//=/\\=}
    printf '%s' "$value"
}

serial() {
    # 128 random bits; a leading zero nibble only makes the number shorter, never invalid.
    printf '0x%s' "$(openssl rand -hex 16)"
}

refuse_existing() {
    local file
    for file in "$@"; do
        [[ ! -e $file ]] || die "$file exists already; move it away to issue a new one"
    done
}

new_key() {
    # umask 077 so the key is never readable by others, not even for a moment.
    (umask 077 && openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
        -pkeyopt ec_param_enc:named_curve -out "$1")
    chmod 600 "$1"
}

require_ca() {
    local dir=$1
    [[ -r $dir/ca.pem && -r $dir/ca.key ]] ||
        die "$dir holds no hall CA (ca.pem, ca.key); run: $PROGRAM init $dir \"Hall name\""
}

hall_name() {
    local subject
    subject=$(openssl x509 -in "$1/ca.pem" -noout -subject -nameopt utf8,sep_multiline,sname)
    subject=$(sed -n 's/^ *O=//p' <<<"$subject" | head -n 1)
    [[ -n $subject ]] || die "$1/ca.pem names no hall (no O in its subject)"
    printf '%s' "$subject"
}

# issue DIR BASENAME SUBJECT EXTENSIONS: signs a new key's request with the CA.
issue() {
    local dir=$1 base=$2 subject=$3 extensions=$4
    refuse_existing "$dir/$base.pem" "$dir/$base.key"
    work=$(mktemp -d)
    printf '%s\n' "[leaf]" "$extensions" >"$work/extensions.cnf"
    new_key "$work/key"
    openssl req -new -utf8 -key "$work/key" -subj "$subject" -out "$work/request.csr"
    openssl x509 -req -in "$work/request.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
        -set_serial "$(serial)" -days "$LEAF_DAYS" -sha256 \
        -extfile "$work/extensions.cnf" -extensions leaf -out "$work/certificate.pem" 2>/dev/null
    openssl verify -CAfile "$dir/ca.pem" "$work/certificate.pem" >/dev/null
    # Move the key in last, so a failure leaves no key without a certificate behind.
    mv "$work/certificate.pem" "$dir/$base.pem"
    chmod 644 "$dir/$base.pem"
    mv "$work/key" "$dir/$base.key"
    echo "Issued $dir/$base.pem and $dir/$base.key"
}

cmd_init() {
    [[ $# -eq 2 && -n $1 && -n $2 ]] || { usage >&2; exit 2; }
    local dir=$1 hall=$2
    [[ ${#hall} -le 56 ]] || die "the hall name is too long for a certificate (at most 56 characters)"
    mkdir -p "$dir"
    chmod 700 "$dir"
    refuse_existing "$dir/ca.pem" "$dir/ca.key"
    work=$(mktemp -d)
    cat >"$work/ca.cnf" <<CONF
[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
CONF
    new_key "$work/ca.key"
    openssl req -new -x509 -utf8 -config "$work/ca.cnf" -extensions ca -key "$work/ca.key" \
        -subj "/O=$(subject_value "$hall")/CN=$(subject_value "$hall Hall CA")" \
        -set_serial "$(serial)" -days "$CA_DAYS" -sha256 -out "$work/ca.pem"
    mv "$work/ca.pem" "$dir/ca.pem"
    chmod 644 "$dir/ca.pem"
    mv "$work/ca.key" "$dir/ca.key"
    echo "Created the hall CA $dir/ca.pem and its key $dir/ca.key (keep the key offline)"
}

is_ip() {
    [[ $1 =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ || ($1 == *:* && $1 =~ ^[0-9A-Fa-f:.]+$) ]]
}

cmd_server() {
    [[ $# -ge 2 ]] || { usage >&2; exit 2; }
    local dir=$1 host=$2 names ip
    shift 2
    require_ca "$dir"
    if is_ip "$host"; then
        names="IP:$host"
    elif [[ $host =~ ^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$ ]]; then
        names="DNS:$host"
    else
        die "$host is neither a host name nor an IP address"
    fi
    for ip in "$@"; do
        is_ip "$ip" || die "$ip is not an IP address"
        names+=",IP:$ip"
    done
    issue "$dir" server \
        "/O=$(subject_value "$(hall_name "$dir")")/OU=server/CN=$(subject_value "$host")" \
        "basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = $names"
}

cmd_terminal() {
    [[ $# -eq 2 || $# -eq 3 ]] || { usage >&2; exit 2; }
    local dir=$1 role=$2 which=${3:-} name
    case " $ROLES " in
    *" $role "*) ;;
    *) die "unknown role '$role'; use one of: $ROLES" ;;
    esac
    # The rule of core/pki/TerminalIdentity: OU is the role; a counter or pad is named
    # <role>-<window> with the window 1-9999 without leading zeros.
    if [[ $role == counter || $role == pad ]]; then
        [[ $which =~ ^[1-9][0-9]{0,3}$ ]] || die "a $role terminal needs its window number (1-9999)"
        name="$role-$which"
    elif [[ -z $which ]]; then
        name="$role-1"
    elif [[ $which =~ ^[1-9][0-9]*$ ]]; then
        name="$role-$which"
    elif [[ $which =~ ^[A-Za-z0-9._-]{1,64}$ ]]; then
        name=$which
    else
        die "'$which' is not a terminal name (letters, digits, '-', '_', '.'; at most 64)"
    fi
    [[ $name != ca && $name != server && $name != . && $name != .. ]] ||
        die "the name '$name' is taken by the CA folder's own files"
    require_ca "$dir"
    issue "$dir" "$name" "/O=$(subject_value "$(hall_name "$dir")")/OU=$role/CN=$name" \
        "basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always"
}

main() {
    [[ $# -ge 1 ]] || { usage >&2; exit 2; }
    local command=$1
    shift
    case $command in
    init) need_openssl && cmd_init "$@" ;;
    server) need_openssl && cmd_server "$@" ;;
    terminal) need_openssl && cmd_terminal "$@" ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
    esac
}

main "$@"
