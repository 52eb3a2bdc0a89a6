/**
 * The platform's start-up and health beans: the schema migration every other start-up bean waits
 * for (SchemaMigration), readiness (DatabaseReadiness), the demo data's settling (DemoDataCheck),
 * and DemoPart, the local view a component's demo data loader implements.
 */
package cn.xxgk.platform.boundary;
