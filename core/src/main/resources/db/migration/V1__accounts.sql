-- People and their roles. MySQL syntax; also runs on H2 in MySQL mode.
CREATE TABLE users (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email VARCHAR(254) NULL,
    password_hash VARCHAR(100) NOT NULL,
    role VARCHAR(20) NOT NULL,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_users_username UNIQUE (username)
);

CREATE INDEX ix_users_email ON users (email);

-- Failed sign-ins per user name (known or not), shared by every node behind the load balancer.
CREATE TABLE login_throttle (
    username VARCHAR(100) NOT NULL PRIMARY KEY,
    failures INT NOT NULL,
    last_failure_at TIMESTAMP(3) NOT NULL
);
