/** Test kit: known-answer vector reader and SPI contract tests (clause 10.1.3 algorithms). */
package org.rmcp.testkit;
