export * from './criterion';
export * from './person-spec';
export * from './skill-hit';
export * from './analysed-spec';
export * from './analysis-limits';
export * from './skill';
export * from './profile';
export * from './report';
